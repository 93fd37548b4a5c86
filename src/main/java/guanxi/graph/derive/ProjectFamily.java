package guanxi.graph.derive;

import java.util.HashMap;
import java.util.Map;

/**
 * A project's family as investment-discrepancies lists it (Project.family_low, family_high, family_spread): the project
 * and those of its POSSIBLY_SAME_AS neighbours whose name ends its own (compared without a trailing 项目; the same name
 * seen from further away), and whether it heads one: no neighbour's name is longer and ends with it. Only a head's
 * spread is kept (family_spread, indexed), so the report reads the families with the widest spread first instead of
 * every linked project. Reads the project's and its neighbours' {@link StatedRange}s; neighbours without a stated
 * amount count for nothing, as in the report.
 *
 * @param range the amounts stated for the project and the neighbours under it
 * @param head  whether no neighbour with a stated amount is a longer name of it
 */
public record ProjectFamily(StatedRange range, boolean head) {

    /**
     * The family of the project {@code name} stating {@code own} (not null), among {@code neighbours}: each neighbour
     * with a stated amount, by name.
     */
    public static ProjectFamily of(String name, StatedRange own, Map<String, StatedRange> neighbours) {
        String core = core(name);
        StatedRange range = own;
        boolean head = true;
        for (Map.Entry<String, StatedRange> n : neighbours.entrySet()) {
            if (n.getValue() == null) {
                continue;
            }
            String other = core(n.getKey());
            if (core.endsWith(other)) {
                range = StatedRange.plus(range, n.getValue());
            }
            if (!other.equals(core) && other.endsWith(core)) {
                head = false;
            }
        }
        return new ProjectFamily(range, head);
    }

    /** The family's spread as the report computes it, for a head only: null for a project listed under another. */
    public Double spread() {
        return head ? range.spread() : null;
    }

    /**
     * The project's properties (family_low, family_high, family_spread) as both loaders write them; all null (none)
     * for a project without a stated amount, {@code family} null.
     */
    public static Map<String, Object> properties(ProjectFamily family) {
        Map<String, Object> props = new HashMap<>();
        props.put("family_low", family == null ? null : family.range.low());
        props.put("family_high", family == null ? null : family.range.high());
        props.put("family_spread", family == null ? null : family.spread());
        return props;
    }

    /** A project name without its trailing 项目, as the report and the identity pass compare them. */
    public static String core(String name) {
        return name.endsWith("项目") ? name.substring(0, name.length() - 2) : name;
    }
}
