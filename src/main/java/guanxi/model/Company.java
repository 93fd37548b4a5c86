package guanxi.model;

import java.util.List;

/**
 * A company in one story.
 *
 * @param name     the longest form printed in the story
 * @param aliases  the other forms printed in the same story for the same company
 * @param mentions where it is named
 */
public record Company(String name, List<String> aliases, List<Evidence> mentions) {
    public Company {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
