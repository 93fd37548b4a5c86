package guanxi.extract;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores extracted stories against gold stories: a faithful port of {@code shared/eval/score.py}.
 * <p>
 * Same rules: names compared after NFKC with whitespace removed; stories paired greedily by title overlap
 * (difflib's matching blocks, at least 0.8, same file); a project name drops a trailing 项目 and two match when
 * equal or when one ends with the other and the shorter has at least 4 characters; a company matches its gold name or
 * any alias; MET and SIGNED are compared without direction; relations are de-duplicated per story; unpaired predicted
 * stories of a gold file count their relations as false positives. Reads JSON trees, produces a {@link Report}.
 */
public final class Scorer {

    private static final Set<String> SYMMETRIC = Set.of("MET", "SIGNED");

    private Scorer() {
    }

    /** One row of the table: true positives, gold count, predicted count and the derived P/R/F1 (rounded to 4). */
    public record Row(int tp, int gold, int pred) {
        public double p() {
            return round(pred == 0 ? 0 : (double) tp / pred);
        }

        public double r() {
            return round(gold == 0 ? 0 : (double) tp / gold);
        }

        public double f1() {
            double pr = pred == 0 ? 0 : (double) tp / pred;
            double rc = gold == 0 ? 0 : (double) tp / gold;
            return round(pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc));
        }

        private static double round(double x) {
            return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
        }
    }

    /**
     * One miss or false positive: what kind ({@code missed}/{@code spurious}/{@code date}/{@code reporters}), the
     * entity or relation type, the gold story's title, the item, and for a predicted relation its evidence sentence.
     */
    public record Error(String kind, String type, String story, String item, String evidence) {
    }

    /** Rows in the scorer's order (sorted keys, then the micro total) and every error in the scorer's order. */
    public record Report(Map<String, Row> rows, List<Error> errors) {
        public Row relations() {
            return rows.get("relations (micro)");
        }

        /** The table exactly as score.py prints it. */
        public String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("%-22s %6s %6s %6s %5s %5s %5s%n", "", "P", "R", "F1", "tp", "gold", "pred"));
            rows.forEach((k, v) -> b.append(String.format("%-22s %6s %6s %6s %5d %5d %5d%n",
                    k, fixed3(v.p()), fixed3(v.r()), fixed3(v.f1()), v.tp(), v.gold(), v.pred())));
            return b.toString();
        }
    }

    /** Python's "%.3f": rounds the exact binary value of the double, half to even. */
    private static String fixed3(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Scores {@code pred} against {@code gold} (each a list of story objects in the gold format). */
    public static Report score(List<JsonNode> gold, List<JsonNode> pred) {
        Map<Integer, Integer> pairs = pairStories(gold, pred);
        Map<String, int[]> counts = new HashMap<>();
        List<Error> errors = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            JsonNode g = gold.get(gi);
            Resolver gres = new Resolver(g);
            List<JsonNode> gRel = dedup(g.get("relations"));
            Map<String, Set<Object>> gents = entitySets(g, gres);
            JsonNode p = pairs.containsKey(gi) ? pred.get(pairs.get(gi)) : null;
            Resolver pres = new Resolver(p);
            List<JsonNode> pRel = dedup(p == null ? null : p.get("relations"));
            Map<String, Set<Object>> pents = entitySets(p, pres);
            String title = text(g, "title");
            count(counts, "Story")[1]++;
            if (p != null) {
                count(counts, "Story")[0]++;
                count(counts, "Story:date")[2]++;
                count(counts, "Story:reporters")[2]++;
                if (norm(pyStr(g.get("date"))).equals(norm(pyStr(p.get("date"))))) {
                    count(counts, "Story:date")[0]++;
                } else {
                    errors.add(new Error("date", "date", title, pyStr(g.get("date")) + " vs " + pyStr(p.get("date")), null));
                }
                if (names(g.get("reporters")).equals(names(p.get("reporters")))) {
                    count(counts, "Story:reporters")[0]++;
                } else {
                    errors.add(new Error("reporters", "reporters", title,
                            names(g.get("reporters")) + " vs " + names(p.get("reporters")), null));
                }
            }
            count(counts, "Story:date")[1]++;
            count(counts, "Story:reporters")[1]++;
            for (String kind : List.of("Person", "Title", "Company", "Project", "Investment")) {
                Set<Object> gs = gents.getOrDefault(kind, Set.of());
                Set<Object> ps = pents.getOrDefault(kind, Set.of());
                Set<Object> hit = new LinkedHashSet<>();
                for (Object k : gs) {
                    boolean h = switch (kind) {
                        case "Company" -> ps.stream().anyMatch(q -> k.equals(q)
                                || ((List<?>) q).get(1).equals(((List<?>) k).get(1))
                                || gres.key((String) ((List<?>) q).get(1)).equals(k));
                        case "Project" -> ps.stream().anyMatch(q -> projectsMatch((String) k, (String) q));
                        case "Investment" -> ps.stream().anyMatch(q -> projectsMatch((String) ((List<?>) k).get(0),
                                (String) ((List<?>) q).get(0)) && ((List<?>) k).get(1).equals(((List<?>) q).get(1)));
                        default -> ps.contains(k);
                    };
                    if (h) {
                        hit.add(k);
                    }
                }
                int[] c = count(counts, kind);
                c[0] += hit.size();
                c[1] += gs.size();
                c[2] += ps.size();
                for (Object k : gs) {
                    if (!hit.contains(k)) {
                        errors.add(new Error("missed", kind, title, String.valueOf(k), null));
                    }
                }
            }
            Set<Integer> used = new HashSet<>();
            Set<Integer> hitGold = new HashSet<>();
            Map<String, Integer> tp = matchRelations(gRel, pRel, gres, pres, used, hitGold);
            for (int i = 0; i < gRel.size(); i++) {
                JsonNode r = gRel.get(i);
                count(counts, "rel:" + text(r, "type"))[1]++;
                if (!hitGold.contains(i)) {
                    errors.add(new Error("missed", text(r, "type"), title, pair(r), null));
                }
            }
            tp.forEach((t, n) -> count(counts, "rel:" + t)[0] += n);
            for (int i = 0; i < pRel.size(); i++) {
                JsonNode r = pRel.get(i);
                String type = r.hasNonNull("type") ? r.get("type").asText() : "?";
                count(counts, "rel:" + type)[2]++;
                if (!used.contains(i)) {
                    JsonNode ev = r.get("evidence");
                    errors.add(new Error("spurious", type, title, pair(r),
                            ev == null ? null : ev.path("text").asText(null)));
                }
            }
        }
        Set<Integer> paired = new HashSet<>(pairs.values());
        for (int pi = 0; pi < pred.size(); pi++) {
            if (paired.contains(pi)) {
                continue;
            }
            JsonNode p = pred.get(pi);
            String pdoc = norm(text(p, "doc"));
            if (!gold.isEmpty() && gold.stream().noneMatch(g -> norm(text(g, "doc")).equals(pdoc))) {
                continue;
            }
            count(counts, "Story")[2]++;
            for (JsonNode r : dedup(p.get("relations"))) {
                count(counts, "rel:" + (r.hasNonNull("type") ? r.get("type").asText() : "?"))[2]++;
            }
        }
        count(counts, "Story")[2] += paired.size();
        Map<String, Row> rows = new LinkedHashMap<>();
        int[] tot = new int[3];
        for (Map.Entry<String, int[]> e : new TreeMap<>(counts).entrySet()) {
            int[] c = e.getValue();
            if (e.getKey().startsWith("rel:")) {
                for (int i = 0; i < 3; i++) {
                    tot[i] += c[i];
                }
            }
            rows.put(e.getKey(), new Row(c[0], c[1], c[2]));
        }
        rows.put("relations (micro)", new Row(tot[0], tot[1], tot[2]));
        return new Report(rows, errors);
    }

    // ------------------------------------------------------------------ normalisation and matching

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(cp -> !isPyWhitespace(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The characters Python's str.split() splits on. */
    private static boolean isPyWhitespace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x1c || cp == 0x1d || cp == 0x1e
                || cp == 0x1f || cp == 0x85;
    }

    static String projectKey(String s) {
        String n = norm(s);
        return n.endsWith("项目") && n.length() > 2 ? n.substring(0, n.length() - 2) : n;
    }

    static boolean projectsMatch(String a, String b) {
        String x = projectKey(a);
        String y = projectKey(b);
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= 4 && longer.endsWith(shorter);
    }

    /** Maps a name printed in one story to that story's canonical entity key, as a two-element list. */
    static final class Resolver {
        private final Map<String, List<String>> keys = new HashMap<>();
        private final List<String> projects = new ArrayList<>();

        Resolver(JsonNode story) {
            if (story == null) {
                return;
            }
            for (JsonNode p : iter(story.get("persons"))) {
                keys.putIfAbsent(norm(text(p, "name")), List.of("P", norm(text(p, "name"))));
            }
            for (JsonNode c : iter(story.get("companies"))) {
                List<String> k = List.of("C", norm(text(c, "name")));
                keys.putIfAbsent(norm(text(c, "name")), k);
                for (JsonNode a : iter(c.get("aliases"))) {
                    keys.putIfAbsent(norm(a.asText()), k);
                }
            }
            for (JsonNode o : iter(story.get("organizations"))) {
                keys.putIfAbsent(norm(text(o, "name")), List.of("O", norm(text(o, "name"))));
            }
            for (JsonNode j : iter(story.get("projects"))) {
                projects.add(text(j, "name"));
            }
        }

        List<String> key(String name) {
            if (name == null) {
                return null;
            }
            String n = norm(name);
            if (keys.containsKey(n)) {
                return keys.get(n);
            }
            for (String pj : projects) {
                if (projectsMatch(pj, name)) {
                    return List.of("J", projectKey(pj));
                }
            }
            return List.of("?", n);
        }
    }

    private static boolean argMatch(String gname, String pname, Resolver gres, Resolver pres) {
        if (gname == null || pname == null) {
            return gname == null && pname == null;
        }
        List<String> gk = gres.key(gname);
        List<String> pk = gres.key(pname);
        if (gk.equals(pk) && !gk.get(0).equals("?")) {
            return true;
        }
        if (gk.get(0).equals("J") && projectsMatch(gname, pname)) {
            return true;
        }
        return norm(gname).equals(norm(pname)) || pres.key(pname).equals(gk) && !gk.get(0).equals("?");
    }

    private static Map<String, Integer> matchRelations(List<JsonNode> gRel, List<JsonNode> pRel, Resolver gres,
                                                       Resolver pres, Set<Integer> used, Set<Integer> hitGold) {
        Map<String, Integer> tp = new HashMap<>();
        for (int gi = 0; gi < gRel.size(); gi++) {
            JsonNode gr = gRel.get(gi);
            String type = text(gr, "type");
            for (int i = 0; i < pRel.size(); i++) {
                JsonNode pr = pRel.get(i);
                if (used.contains(i) || !type.equals(text(pr, "type"))) {
                    continue;
                }
                String gt = text(gr, "to");
                String pt = text(pr, "to");
                boolean direct = argMatch(text(gr, "from"), text(pr, "from"), gres, pres)
                        && argMatch(gt, pt, gres, pres);
                boolean flipped = SYMMETRIC.contains(type) && gt != null && pt != null
                        && argMatch(text(gr, "from"), pt, gres, pres) && argMatch(gt, text(pr, "from"), gres, pres);
                if (direct || flipped) {
                    used.add(i);
                    tp.merge(type, 1, Integer::sum);
                    hitGold.add(gi);
                    break;
                }
            }
        }
        return tp;
    }

    private static List<JsonNode> dedup(JsonNode rels) {
        Set<List<String>> seen = new HashSet<>();
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : iter(rels)) {
            List<String> k = java.util.Arrays.asList(text(r, "type"), norm(text(r, "from")), norm(text(r, "to")));
            if (seen.add(k)) {
                out.add(r);
            }
        }
        return out;
    }

    private static Map<String, Set<Object>> entitySets(JsonNode story, Resolver res) {
        Map<String, Set<Object>> out = new HashMap<>();
        if (story == null) {
            return out;
        }
        for (JsonNode p : iter(story.get("persons"))) {
            String n = norm(text(p, "name"));
            set(out, "Person").add(n);
            for (JsonNode t : iter(p.get("titles"))) {
                set(out, "Title").add(List.of(n, norm(t.asText())));
            }
        }
        for (JsonNode c : iter(story.get("companies"))) {
            set(out, "Company").add(res.key(text(c, "name")));
        }
        for (JsonNode j : iter(story.get("projects"))) {
            set(out, "Project").add(projectKey(text(j, "name")));
            JsonNode inv = j.get("investment_yuan");
            if (inv != null && !inv.isNull()) {
                set(out, "Investment").add(List.of(projectKey(text(j, "name")), inv.asLong()));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ story pairing (difflib)

    private static Map<Integer, Integer> pairStories(List<JsonNode> gold, List<JsonNode> pred) {
        record Cand(double o, int gi, int pi) {
        }
        List<Cand> cands = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            JsonNode g = gold.get(gi);
            for (int pi = 0; pi < pred.size(); pi++) {
                JsonNode p = pred.get(pi);
                String gd = text(g, "doc");
                String pd = text(p, "doc");
                if (gd != null && !gd.isEmpty() && pd != null && !pd.isEmpty() && !norm(gd).equals(norm(pd))) {
                    continue;
                }
                double o = titleOverlap(textOr(g, "title"), textOr(p, "title"));
                if (o >= 0.8) {
                    cands.add(new Cand(o, gi, pi));
                }
            }
        }
        // Python: sorted(cands, reverse=True) on (overlap, gi, pi) tuples.
        cands.sort(Comparator.comparingDouble(Cand::o).thenComparingInt(Cand::gi).thenComparingInt(Cand::pi)
                .reversed());
        Map<Integer, Integer> pairs = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (Cand c : cands) {
            if (pairs.containsKey(c.gi()) || used.contains(c.pi())) {
                continue;
            }
            pairs.put(c.gi(), c.pi());
            used.add(c.pi());
        }
        return pairs;
    }

    static double titleOverlap(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0.0;
        }
        int same = new SequenceMatcher(x, y).matchingBlocks().stream().mapToInt(m -> m[2]).sum();
        return (double) same / Math.max(x.length(), y.length());
    }

    /** Python's difflib.SequenceMatcher (isjunk=None, autojunk=True): longest matches, then matching blocks. */
    static final class SequenceMatcher {
        private final String a;
        private final String b;
        private final Map<Character, List<Integer>> b2j = new HashMap<>();

        SequenceMatcher(String a, String b) {
            this.a = a;
            this.b = b;
            for (int i = 0; i < b.length(); i++) {
                b2j.computeIfAbsent(b.charAt(i), k -> new ArrayList<>()).add(i);
            }
            int n = b.length();
            if (n >= 200) {
                int ntest = n / 100 + 1;
                b2j.entrySet().removeIf(e -> e.getValue().size() > ntest);
            }
        }

        int[] findLongestMatch(int alo, int ahi, int blo, int bhi) {
            int besti = alo;
            int bestj = blo;
            int bestsize = 0;
            Map<Integer, Integer> j2len = new HashMap<>();
            for (int i = alo; i < ahi; i++) {
                Map<Integer, Integer> newj2len = new HashMap<>();
                for (int j : b2j.getOrDefault(a.charAt(i), List.of())) {
                    if (j < blo) {
                        continue;
                    }
                    if (j >= bhi) {
                        break;
                    }
                    int k = j2len.getOrDefault(j - 1, 0) + 1;
                    newj2len.put(j, k);
                    if (k > bestsize) {
                        besti = i - k + 1;
                        bestj = j - k + 1;
                        bestsize = k;
                    }
                }
                j2len = newj2len;
            }
            // isjunk is None, so every equal neighbour extends the match (popular characters included).
            while (besti > alo && bestj > blo && a.charAt(besti - 1) == b.charAt(bestj - 1)) {
                besti--;
                bestj--;
                bestsize++;
            }
            while (besti + bestsize < ahi && bestj + bestsize < bhi
                    && a.charAt(besti + bestsize) == b.charAt(bestj + bestsize)) {
                bestsize++;
            }
            return new int[]{besti, bestj, bestsize};
        }

        List<int[]> matchingBlocks() {
            List<int[]> queue = new ArrayList<>();
            queue.add(new int[]{0, a.length(), 0, b.length()});
            List<int[]> blocks = new ArrayList<>();
            while (!queue.isEmpty()) {
                int[] q = queue.remove(queue.size() - 1);
                int[] m = findLongestMatch(q[0], q[1], q[2], q[3]);
                int i = m[0];
                int j = m[1];
                int k = m[2];
                if (k > 0) {
                    blocks.add(m);
                    if (q[0] < i && q[2] < j) {
                        queue.add(new int[]{q[0], i, q[2], j});
                    }
                    if (i + k < q[1] && j + k < q[3]) {
                        queue.add(new int[]{i + k, q[1], j + k, q[3]});
                    }
                }
            }
            blocks.sort(Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1]));
            List<int[]> out = new ArrayList<>();
            int i1 = 0;
            int j1 = 0;
            int k1 = 0;
            for (int[] m : blocks) {
                if (i1 + k1 == m[0] && j1 + k1 == m[1]) {
                    k1 += m[2];
                } else {
                    if (k1 > 0) {
                        out.add(new int[]{i1, j1, k1});
                    }
                    i1 = m[0];
                    j1 = m[1];
                    k1 = m[2];
                }
            }
            if (k1 > 0) {
                out.add(new int[]{i1, j1, k1});
            }
            return out;
        }
    }

    // ------------------------------------------------------------------ JSON helpers

    private static Iterable<JsonNode> iter(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        if (n == null) {
            return null;
        }
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String textOr(JsonNode n, String field) {
        String t = text(n, field);
        return t == null ? "" : t;
    }

    /** Python's str(x) for a JSON value: None for null or missing. */
    private static String pyStr(JsonNode v) {
        return v == null || v.isNull() ? "None" : v.asText();
    }

    private static List<String> names(JsonNode arr) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : iter(arr)) {
            out.add(norm(x.asText()));
        }
        return out;
    }

    private static String pair(JsonNode r) {
        return "(" + text(r, "from") + ", " + Objects.toString(text(r, "to"), "None") + ")";
    }

    private static int[] count(Map<String, int[]> counts, String k) {
        return counts.computeIfAbsent(k, x -> new int[3]);
    }

    private static Set<Object> set(Map<String, Set<Object>> m, String k) {
        return m.computeIfAbsent(k, x -> new LinkedHashSet<>());
    }
}
