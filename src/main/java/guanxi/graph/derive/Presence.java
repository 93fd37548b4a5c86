package guanxi.graph.derive;

import java.util.List;

/**
 * Who was present at a story's event (Story.present, read by co-attendance): the people who led, presided, attended
 * or accompanied in it ({@link #ROLES}), or whom someone accompanied there. Kept on the story, in the order the story
 * names them, so that a report asking who was present with a much-reported official reads one list per story instead
 * of every mention of every story they appear in.
 */
public final class Presence {

    /** What a person does in a story that puts them at its event. */
    public static final List<String> ROLES = List.of("LED", "PRESIDED", "ATTENDED", "ACCOMPANIED");

    private Presence() {
    }

    /** Whether a person with these roles ({@code roles}, outgoing; {@code rolesIn}, incoming) was present. */
    public static boolean present(List<String> roles, List<String> rolesIn) {
        return roles.stream().anyMatch(ROLES::contains) || rolesIn.contains("ACCOMPANIED");
    }
}
