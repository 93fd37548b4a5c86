package guanxi.graph.web;

import guanxi.model.Resources;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders the story reader's pages: reads a {@link StoryView} or a page of {@link StoryView.Row}s, produces HTML.
 * Every value from the graph goes through {@link #escape}, so a story text holding markup shows as text. The page
 * shell and style are resource files ({@code guanxi/web/page.html}, {@code guanxi/web/reader.css}).
 */
public final class StoryHtml {

    /** Where the reader lives under the extension's mount; also the {@code source_url} edges carry. */
    public static final String STORY_PATH = "/guanxi/story/";
    static final String LIST_PATH = "/guanxi/stories";

    private StoryHtml() {
    }

    /** The reader's address for one story, as edges carry it in {@code source_url}. */
    public static String storyPath(String storyId) {
        return STORY_PATH + URLEncoder.encode(storyId, StandardCharsets.UTF_8);
    }

    /** HTML text and attribute escaping. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The list page: one page of stories, the filter box, and links to the pages before and after. */
    static String list(List<StoryView.Row> rows, String q, int page, long total, int pageSize) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Stories</h1>\n<form class=\"filter\" method=\"get\" action=\"").append(LIST_PATH).append("\">")
                .append("<input type=\"search\" name=\"q\" value=\"").append(escape(q))
                .append("\" placeholder=\"part of a headline, a name, a page file, a date (2023-02)\" aria-label=\"filter\">")
                .append("<button type=\"submit\">Filter</button></form>\n");
        long first = total == 0 ? 0 : (long) (page - 1) * pageSize + 1;
        long last = Math.min(total, (long) page * pageSize);
        b.append("<p class=\"count\">").append(total).append(total == 1 ? " story" : " stories")
                .append(q.isEmpty() ? "" : " matching “" + escape(q) + "”")
                .append(total == 0 ? "" : ", " + first + "–" + last + " shown").append(", newest first</p>\n");
        if (!rows.isEmpty()) {
            b.append("<table class=\"stories\"><thead><tr><th>date</th><th>headline</th><th>page file</th>")
                    .append("<th class=\"num\">facts</th></tr></thead><tbody>\n");
            for (StoryView.Row r : rows) {
                b.append("<tr><td class=\"date\">").append(escape(r.dated())).append("</td><td><a href=\"")
                        .append(escape(storyPath(r.id()))).append("\">").append(escape(r.title())).append("</a></td><td class=\"doc\">")
                        .append(escape(r.doc())).append("</td><td class=\"num\">").append(r.facts()).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        b.append("<nav class=\"pages\">");
        if (page > 1) {
            b.append("<a rel=\"prev\" href=\"").append(escape(listUrl(q, page - 1))).append("\">← newer</a>");
        }
        if (last < total) {
            b.append("<a rel=\"next\" href=\"").append(escape(listUrl(q, page + 1))).append("\">older →</a>");
        }
        b.append("</nav>\n");
        return page("Stories", b.toString());
    }

    static String listUrl(String q, int page) {
        StringBuilder u = new StringBuilder(LIST_PATH);
        String sep = "?";
        if (!q.isEmpty()) {
            u.append(sep).append("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
            sep = "&";
        }
        if (page > 1) {
            u.append(sep).append("page=").append(page);
        }
        return u.toString();
    }

    /** A page saying what was not found, with a way back to the list. */
    static String notFound(String what) {
        return page("Not found", "<h1>Not found</h1><p>" + escape(what) + "</p><p><a href=\"" + LIST_PATH
                + "\">All stories</a></p>");
    }

    /**
     * One story: its text with mentions and facts highlighted at their spans, then its facts, each with its type,
     * ends, evidence sentence and rule.
     *
     * @param browserLink address opening Neo4j Browser with this story's graph query in the editor; null for none
     */
    static String story(StoryView s, String browserLink) {
        String text = s.text();
        List<StoryView.Fact> facts = s.facts();
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"back\"><a href=\"").append(LIST_PATH).append("\">← all stories</a></p>\n");
        b.append("<h1 class=\"headline\">").append(marked(s.title(), s.mentions(), List.of(), false)).append("</h1>\n");
        b.append("<p class=\"meta\"><span class=\"date\">").append(escape(s.dated())).append("</span> · <span class=\"doc\">")
                .append(escape(s.doc())).append("</span>");
        if (!s.reporters().isEmpty()) {
            b.append(" · reporters ").append(escape(String.join("、", s.reporters())));
        }
        if (browserLink != null) {
            b.append(" · <a class=\"browser\" href=\"").append(escape(browserLink))
                    .append("\">Open this story's graph in Neo4j Browser</a> (then Ctrl+Enter)");
        }
        b.append("</p>\n");
        b.append("<p class=\"legend\"><mark class=\"m person\">person</mark> <mark class=\"m company\">company</mark> ")
                .append("<mark class=\"m organization\">organisation</mark> <mark class=\"m project\">project</mark> ")
                .append("<span class=\"fact\">a fact's span</span><sup class=\"fn\">n</sup> (numbers as in the list below)</p>\n");
        b.append("<article class=\"text\">").append(marked(text, s.mentions(), facts, true)).append("</article>\n");
        b.append("<h2>Facts (").append(facts.size()).append(")</h2>\n");
        if (facts.isEmpty()) {
            b.append("<p class=\"none\">The extractor found no fact in this story.</p>\n");
        } else {
            b.append("<ol class=\"facts\">\n");
            for (int i = 0; i < facts.size(); i++) {
                StoryView.Fact f = facts.get(i);
                b.append("<li id=\"f").append(i + 1).append("\" data-type=\"").append(escape(f.type())).append("\">")
                        .append("<span class=\"type\">").append(escape(f.type())).append("</span> ")
                        .append(end(f.fromKind(), f.from()));
                if (f.to() != null) {
                    b.append(" <span class=\"arrow\">→</span> ").append(end(f.toKind(), f.to()));
                } else {
                    b.append(" <span class=\"event\">(this story's event)</span>");
                }
                if (f.title() != null) {
                    b.append(" <span class=\"post\">as ").append(escape(f.title())).append("</span>");
                }
                b.append("<blockquote class=\"evidence\">").append(escape(f.evidence())).append("</blockquote>")
                        .append("<span class=\"rule\">rule <code>").append(escape(f.rule())).append("</code>");
                if (f.spans(text.length())) {
                    b.append(" · characters ").append(f.start()).append("–").append(f.end())
                            .append(" · <a href=\"#t").append(i + 1).append("\">in the text</a>");
                } else {
                    b.append(" · no span in the text");
                }
                b.append("</span></li>\n");
            }
            b.append("</ol>\n");
        }
        return page(s.title(), b.toString());
    }

    private static String end(String kind, String name) {
        return "<mark class=\"m " + kindClass(kind) + "\">" + escape(name) + "</mark>";
    }

    static String kindClass(String kind) {
        return kind == null ? "other" : kind.toLowerCase(Locale.ROOT);
    }

    /**
     * The text with every mention and fact span marked. The text is cut at every place where the covering mention or
     * set of facts changes; each piece is one element, so overlapping spans need no nesting. A fact's number follows
     * its span's last piece; its first piece carries the anchor the fact list links to. With {@code atSpans} (the
     * story text, which mention spans are offsets into) a mention with spans is marked there and only there.
     */
    static String marked(String text, List<StoryView.Mention> mentions, List<StoryView.Fact> facts, boolean atSpans) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int n = text.length();
        StoryView.Mention[] mentionAt = mentionsAt(text, mentions, atSpans);
        List<TreeSet<Integer>> factsAt = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            factsAt.add(null);
        }
        Map<Integer, List<Integer>> endsAt = new LinkedHashMap<>();
        Map<Integer, List<Integer>> startsAt = new LinkedHashMap<>();
        for (int k = 0; k < facts.size(); k++) {
            StoryView.Fact f = facts.get(k);
            if (!f.spans(n)) {
                continue;
            }
            for (int i = f.start(); i < f.end(); i++) {
                if (factsAt.get(i) == null) {
                    factsAt.set(i, new TreeSet<>());
                }
                factsAt.get(i).add(k + 1);
            }
            endsAt.computeIfAbsent(f.end(), x -> new ArrayList<>()).add(k + 1);
            startsAt.computeIfAbsent(f.start(), x -> new ArrayList<>()).add(k + 1);
        }
        StringBuilder b = new StringBuilder(n * 3);
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && mentionAt[j] == mentionAt[i] && java.util.Objects.equals(factsAt.get(j), factsAt.get(i))
                    && !endsAt.containsKey(j) && !startsAt.containsKey(j)) {
                j++;
            }
            for (int anchor : startsAt.getOrDefault(i, List.of())) {
                b.append("<a class=\"anchor\" id=\"t").append(anchor).append("\"></a>");
            }
            String piece = escape(text.substring(i, j));
            StoryView.Mention m = mentionAt[i];
            if (m != null) {
                piece = "<mark class=\"m " + kindClass(m.kind()) + "\" title=\"" + escape(m.kind() + ": " + m.name())
                        + "\">" + piece + "</mark>";
            }
            TreeSet<Integer> covering = factsAt.get(i);
            if (covering != null) {
                StringBuilder ids = new StringBuilder();
                covering.forEach(id -> ids.append(ids.isEmpty() ? "" : " ").append(id));
                piece = "<span class=\"fact\" data-facts=\"" + ids + "\">" + piece + "</span>";
            }
            b.append(piece);
            List<Integer> ending = endsAt.get(j);
            if (ending != null) {
                b.append(numbers(ending));
            }
            i = j;
        }
        return b.toString();
    }

    /**
     * The numbers of the facts whose span ends here, runs written as ranges (a sentence naming twelve attendees
     * states twelve facts): {@code 2–13, 15}. {@code data-facts} lists them all.
     */
    private static String numbers(List<Integer> ending) {
        List<Integer> sorted = ending.stream().sorted().toList();
        StringBuilder all = new StringBuilder();
        StringBuilder shown = new StringBuilder();
        for (int k = 0; k < sorted.size(); k++) {
            int from = sorted.get(k);
            int to = from;
            while (k + 1 < sorted.size() && sorted.get(k + 1) == to + 1) {
                to = sorted.get(++k);
            }
            shown.append(shown.isEmpty() ? "" : ",").append(link(from));
            if (to > from) {
                shown.append("–").append(link(to));
            }
        }
        sorted.forEach(n -> all.append(all.isEmpty() ? "" : " ").append(n));
        return "<sup class=\"fn\" data-facts=\"" + all + "\">" + shown + "</sup>";
    }

    private static String link(int fact) {
        return "<a href=\"#f" + fact + "\">" + fact + "</a>";
    }

    /**
     * Which mention covers each character. With {@code atSpans}, a mention that carries spans covers those (a span
     * outside the text is skipped), the extractor's own reading of where the name is printed; the other mentions, and
     * every mention without {@code atSpans}, by search: every form found in the text, longer forms first (a company's
     * full name before its short alias inside it), a character taken by the first form that covers it.
     */
    private static StoryView.Mention[] mentionsAt(String text, List<StoryView.Mention> mentions, boolean atSpans) {
        StoryView.Mention[] at = new StoryView.Mention[text.length()];
        record Form(String form, StoryView.Mention mention) {
        }
        List<Form> forms = new ArrayList<>();
        for (StoryView.Mention m : mentions) {
            if (atSpans && !m.starts().isEmpty()) {
                for (int k = 0; k < m.starts().size(); k++) {
                    int start = m.starts().get(k);
                    int end = m.ends().get(k);
                    for (int i = Math.max(0, start); start < end && i < Math.min(end, text.length()); i++) {
                        if (at[i] == null) {
                            at[i] = m;
                        }
                    }
                }
                continue;
            }
            for (String f : m.forms()) {
                if (f != null && f.length() >= 2) {
                    forms.add(new Form(f, m));
                }
            }
        }
        forms.sort(Comparator.comparingInt((Form f) -> -f.form().length()).thenComparing(Form::form));
        for (Form f : forms) {
            for (int i = text.indexOf(f.form()); i >= 0; i = text.indexOf(f.form(), i + 1)) {
                boolean free = true;
                for (int k = i; k < i + f.form().length(); k++) {
                    free &= at[k] == null;
                }
                if (free) {
                    for (int k = i; k < i + f.form().length(); k++) {
                        at[k] = f.mention();
                    }
                }
            }
        }
        return at;
    }

    /** The page shell around {@code body} (already HTML), with the reader's style inline. */
    static String page(String title, String body) {
        return resource("page.html").replace("{{css}}", resource("reader.css"))
                .replace("{{title}}", escape(title)).replace("{{body}}", body);
    }

    private static final Map<String, String> RESOURCES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String resource(String name) {
        return RESOURCES.computeIfAbsent(name, k -> Resources.text("guanxi/web/" + k));
    }
}
