package guanxi.graph.derive;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the identity pass weighs for one person: everyone named in the same stories (two names in one story are two
 * people), and of them, bylines excluded, the people appeared with.
 *
 * @param together   names sharing a story with the person
 * @param companions names sharing a story with the person other than as its byline
 */
public record Companions(Set<String> together, Set<String> companions) {

    /** A person named in a story, and whether only in its byline. */
    public record Named(String name, boolean byline) {
    }

    public Companions {
        together = Set.copyOf(together);
        companions = Set.copyOf(companions);
    }

    /** The companions of {@code person} over the people named in each of its stories. */
    public static Companions of(String person, Iterable<List<Named>> stories) {
        Set<String> together = new HashSet<>();
        Set<String> companions = new HashSet<>();
        for (List<Named> story : stories) {
            for (Named other : story) {
                if (!other.name().equals(person)) {
                    together.add(other.name());
                    if (!other.byline()) {
                        companions.add(other.name());
                    }
                }
            }
        }
        return new Companions(together, companions);
    }
}
