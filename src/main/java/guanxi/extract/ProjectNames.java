package guanxi.extract;

/**
 * When two project names denote one project, the guidelines' rule shared by the extractor (one project per
 * story) and the scorer: a trailing 项目 does not count, and names are equal or one ends with the other
 * with the shorter at least 4 characters long (云溪县光伏储能电站项目 ≈ 光伏储能电站项目).
 */
final class ProjectNames {
    private static final int MIN_SUFFIX_MATCH = 4;

    private ProjectNames() {
    }

    static String key(String name) {
        return name.endsWith("项目") && name.length() > 2 ? name.substring(0, name.length() - 2) : name;
    }

    /**
     * X配套设施（滨河东路）项目 and 滨河东路项目: a name whose bracket note is the whole of another name (at least 4
     * characters without 项目) denotes the same project. Used to merge a story's forms, not by the scorer.
     */
    static boolean noteNames(String a, String b) {
        String x = key(a);
        String y = key(b);
        String longer = x.length() >= y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return shorter.length() >= MIN_SUFFIX_MATCH && longer.length() > shorter.length() + 2
                && (longer.endsWith("（" + shorter + "）") || longer.endsWith("(" + shorter + ")"));
    }

    static boolean same(String a, String b) {
        String x = key(a);
        String y = key(b);
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= MIN_SUFFIX_MATCH && longer.endsWith(shorter);
    }
}
