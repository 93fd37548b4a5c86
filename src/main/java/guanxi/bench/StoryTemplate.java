package guanxi.bench;

import guanxi.model.Lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of story from {@code bench/stories.txt}: the variables it binds and the alternatives for each
 * part. The file's header explains the format.
 *
 * @param kind      block name, e.g. {@code inspection}
 * @param weight    how often this kind is drawn relative to the others
 * @param vars      variable name to kind, e.g. {@code G -> guest}, {@code X -> exec(C)}, in file order
 *                  (a company comes before its executive and projects)
 * @param headlines alternatives for the headline
 * @param subs      alternatives for a sub-headline (may be empty)
 * @param leads     alternatives for the opening 本报讯 paragraph
 * @param paras     body paragraphs; a story uses between {@code minParas} and {@code maxParas} of them in order
 * @param closes    alternatives for a closing paragraph (may be empty)
 */
record StoryTemplate(String kind, int weight, Map<String, String> vars, List<String> headlines, List<String> subs,
                     List<String> leads, List<String> paras, List<String> closes, int minParas, int maxParas) {

    StoryTemplate {
        if (headlines.isEmpty() || leads.isEmpty() || paras.isEmpty()) {
            throw new IllegalArgumentException("story template " + kind + " needs a headline, a lead and a para");
        }
    }

    /** Parses every block of {@code bench/stories.txt}. */
    static List<StoryTemplate> loadAll() {
        List<StoryTemplate> out = new ArrayList<>();
        Builder b = null;
        for (String line : Lexicon.load("bench/stories.txt").entries()) {
            if (line.startsWith("[") && line.endsWith("]")) {
                if (b != null) {
                    out.add(b.build());
                }
                b = new Builder(line.substring(1, line.length() - 1));
                continue;
            }
            int eq = line.indexOf('=');
            if (b == null || eq < 0) {
                throw new IllegalStateException("bench/stories.txt: cannot read line: " + line);
            }
            b.add(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        if (b != null) {
            out.add(b.build());
        }
        return List.copyOf(out);
    }

    private static final class Builder {
        private final String kind;
        private int weight = 1;
        private final Map<String, String> vars = new LinkedHashMap<>();
        private final List<String> headlines = new ArrayList<>();
        private final List<String> subs = new ArrayList<>();
        private final List<String> leads = new ArrayList<>();
        private final List<String> paras = new ArrayList<>();
        private final List<String> closes = new ArrayList<>();
        private int[] range = {1, 1};

        Builder(String kind) {
            this.kind = kind;
        }

        void add(String key, String value) {
            switch (key) {
                case "weight" -> weight = Integer.parseInt(value);
                case "vars" -> {
                    for (String v : value.split("\\s+")) {
                        int colon = v.indexOf(':');
                        vars.put(v.substring(0, colon), v.substring(colon + 1));
                    }
                }
                case "headline" -> headlines.add(value);
                case "sub" -> subs.add(value);
                case "lead" -> leads.add(value);
                case "para" -> paras.add(value);
                case "close" -> closes.add(value);
                case "paras" -> range = Slots.range(value);
                default -> throw new IllegalStateException("bench/stories.txt [" + kind + "]: unknown key " + key);
            }
        }

        StoryTemplate build() {
            return new StoryTemplate(kind, weight, Collections.unmodifiableMap(vars), List.copyOf(headlines), List.copyOf(subs),
                    List.copyOf(leads), List.copyOf(paras), List.copyOf(closes), range[0], range[1]);
        }
    }
}
