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

    /** A capacity phrase inside a project's name: 年产2亿平方米, 年处理30万吨, 年加工5000吨. */
    private static final java.util.regex.Pattern CAPACITY = java.util.regex.Pattern.compile(
            "年(?:产|处理|加工|出栏|吞吐)(?:能力)?[0-9.]+[万亿千百]?[^0-9，。、]{0,4}?"
                    + "(?:吨|台|套|件|平方米|立方米|头|只|辆|千瓦|兆瓦|条|片|米|箱|瓶|吨级)");

    /**
     * 甲公司锂电隔膜项目 (a headline's short form) and 甲公司年产2亿平方米锂电隔膜项目: a name that is another with its
     * capacity phrase left out, the opener before it at least 4 characters, denotes the same project. Used to merge a
     * story's forms, not by the scorer.
     */
    static boolean capacityDropped(String a, String b) {
        String x = key(a);
        String y = key(b);
        String longer = x.length() >= y.length() ? x : y;
        String shorter = longer == x ? y : x;
        java.util.regex.Matcher m = CAPACITY.matcher(longer);
        return m.find() && m.start() >= MIN_SUFFIX_MATCH && longer.length() - m.end() >= 2
                && (longer.substring(0, m.start()) + longer.substring(m.end())).equals(shorter);
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
