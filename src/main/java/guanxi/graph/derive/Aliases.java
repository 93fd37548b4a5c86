package guanxi.graph.derive;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An entity's aliases: every other form printed for it in any story (a company's alternative names, the printed
 * forms a reviewer's resolution merged into it), each once in first-seen order, never its own name.
 */
public final class Aliases {

    private Aliases() {
    }

    /** The aliases of {@code name} from the forms its stories printed (nulls skipped). */
    public static List<String> of(String name, Iterable<String> forms) {
        Set<String> aliases = new LinkedHashSet<>();
        for (String form : forms) {
            if (form != null && !form.equals(name)) {
                aliases.add(form);
            }
        }
        return List.copyOf(aliases);
    }
}
