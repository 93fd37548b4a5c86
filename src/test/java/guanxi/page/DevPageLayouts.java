package guanxi.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guanxi.model.Page;
import guanxi.model.PageResult;
import guanxi.model.Story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test data: whole pages assembled from the dev stories (one story per file, gold in
 * {@code gold/dev.jsonl}) in the layouts other papers print, each page with the gold reading of every
 * story on it. Deterministic: the same layout always gives the same pages.
 *
 * <p>{@link #main} prints, per layout, how many stories the reader finds and how many it reads with
 * the gold headline, date and byline (the figures the issue measures).
 */
final class DevPageLayouts {
    static final Path TEXTS = Path.of("src/test/resources/dev/texts");
    static final Path GOLD = Path.of("src/test/resources/gold/dev.jsonl");
    static final String UNTITLED = "（无标题）";
    private static final int STORIES_PER_PAGE = 4;
    private static final int MIN_LEAD_HAN = 8;
    /** A lead's opening date and the time words after it ("2017年6月17日上午，"), replaced by a dateline. */
    private static final Pattern OPENING_DATE = Pattern.compile(
            "^(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})[日号](?:(?:上午|下午|晚上|晚|早上)(?:[0-9]{1,2}[:：][0-9]{2})?)?[，,]?");
    /** Photo captions printed between a headline and its lead; invented, like any caption. */
    private static final List<String> CAPTIONS = List.of(
            "图为活动现场", "▲ 与会人员在展厅听取情况介绍", "图①：考察组在生产车间了解工艺流程", "资料图片");

    enum Layout {
        /** Two blank lines between stories, one between paragraphs; headless stories print no headline. */
        BLANK_LINES,
        /** No blank line anywhere; every story has its headline line (headless stories are left out). */
        DENSE_HEADLINES,
        /** Each story's headline printed after its body; blank lines as in {@link #BLANK_LINES}. */
        HEADLINES_AFTER_BODIES,
        /** One or two photo captions between each headline and its lead; blank lines as in {@link #BLANK_LINES}. */
        CAPTIONS_UNDER_HEADLINES,
        /** No story has a headline; blank lines as in {@link #BLANK_LINES}. */
        HEADLESS,
        /** No headline, no blank line; each lead opens with a dateline ("…频道6月17日讯") instead of its date. */
        DATELINES_ONLY,
        /** One blank line between every two lines, stories and paragraphs alike; headless stories print no headline. */
        SINGLE_BLANKS
    }

    /** One dev story: its gold reading and its printed lines (headline dropped when the gold has none). */
    record DevStory(String doc, String title, String date, List<String> reporters, List<String> headlines,
                    List<String> paragraphs) {
        boolean headless() {
            return title.equals(UNTITLED);
        }
    }

    /** What the reader must make of one story on a page. */
    record Expected(String doc, String title, String date, List<String> reporters, String leadStart) {
    }

    record LayoutPage(Page page, List<Expected> stories) {
    }

    private DevPageLayouts() {
    }

    static List<DevStory> devStories() {
        ObjectMapper json = new ObjectMapper();
        List<DevStory> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(GOLD)) {
                JsonNode gold = json.readTree(line);
                String doc = gold.get("doc").asText();
                List<String> lines = Files.readAllLines(TEXTS.resolve(doc), StandardCharsets.UTF_8).stream()
                        .map(String::strip).filter(l -> !l.isEmpty()).toList();
                List<String> reporters = new ArrayList<>();
                gold.get("reporters").forEach(r -> reporters.add(r.asText()));
                String date = gold.get("date").isNull() ? null : gold.get("date").asText();
                // The first line is the headline, or "（无标题）" standing in for none; a sub-headline printed below it
                // is the rest of the gold title.
                String title = gold.get("title").asText();
                int headlineLines = 1;
                while (headlineLines < lines.size() && !String.join(" ", lines.subList(0, headlineLines)).equals(title)
                        && title.startsWith(String.join(" ", lines.subList(0, headlineLines + 1)))) {
                    headlineLines++;
                }
                out.add(new DevStory(doc, title, date, reporters, lines.subList(0, headlineLines),
                        lines.subList(headlineLines, lines.size())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<LayoutPage> pages(Layout layout) {
        List<DevStory> stories = devStories().stream()
                .filter(s -> layout != Layout.DENSE_HEADLINES && layout != Layout.HEADLINES_AFTER_BODIES
                        && layout != Layout.CAPTIONS_UNDER_HEADLINES || !s.headless())
                .filter(s -> layout != Layout.DATELINES_ONLY || OPENING_DATE.matcher(s.paragraphs().getFirst()).find())
                .toList();
        List<LayoutPage> pages = new ArrayList<>();
        for (int from = 0; from < stories.size(); from += STORIES_PER_PAGE) {
            List<DevStory> onPage = stories.subList(from, Math.min(stories.size(), from + STORIES_PER_PAGE));
            pages.add(page(layout, pages.size(), onPage));
        }
        return pages;
    }

    private static LayoutPage page(Layout layout, int number, List<DevStory> stories) {
        StringBuilder text = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        String storyGap = layout == Layout.DENSE_HEADLINES || layout == Layout.DATELINES_ONLY ? "\n"
                : layout == Layout.SINGLE_BLANKS ? "\n" : "\n\n\n";
        String paragraphGap = layout == Layout.DENSE_HEADLINES || layout == Layout.DATELINES_ONLY ? "\n" : "\n\n";
        for (int k = 0; k < stories.size(); k++) {
            DevStory s = stories.get(k);
            List<String> paragraphs = new ArrayList<>(s.paragraphs());
            boolean printsHeadline = !s.headless() && layout != Layout.HEADLESS && layout != Layout.DATELINES_ONLY;
            if (layout == Layout.DATELINES_ONLY) {
                paragraphs.set(0, withDateline(paragraphs.getFirst(), s.date()));
            }
            List<String> printed = new ArrayList<>();
            if (printsHeadline && layout != Layout.HEADLINES_AFTER_BODIES) {
                printed.addAll(s.headlines());
            }
            if (layout == Layout.CAPTIONS_UNDER_HEADLINES) {
                printed.add(CAPTIONS.get(k % CAPTIONS.size()));
                if (k % 2 == 1) {
                    printed.add(CAPTIONS.get((k + 1) % CAPTIONS.size()));
                }
            }
            printed.addAll(paragraphs);
            if (printsHeadline && layout == Layout.HEADLINES_AFTER_BODIES) {
                printed.addAll(s.headlines());
            }
            if (k > 0) {
                text.append(storyGap);
            }
            text.append(String.join(paragraphGap, printed)).append('\n');
            // The first paragraph with some text (a line "2019-05-12" is page furniture, set aside).
            String lead = paragraphs.stream().filter(p -> Text.hanCount(p) >= MIN_LEAD_HAN).findFirst().orElse(paragraphs.getFirst());
            expected.add(new Expected(s.doc(), printsHeadline ? s.title() : UNTITLED, s.date(), s.reporters(),
                    lead.substring(0, Math.min(lead.length(), 16))));
        }
        String doc = "%s_%02d.txt".formatted(layout.name().toLowerCase(), number);
        return new LayoutPage(new Page(doc, text.toString()), expected);
    }

    /** "2017年6月17日上午，渭源县…" → "新闻网2017年6月17日讯 渭源县…"; the date stays the gold date. */
    private static String withDateline(String lead, String goldDate) {
        Matcher m = OPENING_DATE.matcher(lead);
        if (!m.find()) {
            return lead;
        }
        String year = goldDate != null && goldDate.length() == 10 ? m.group(1) == null ? goldDate.substring(0, 4) : m.group(1) : null;
        return "新闻网频道" + (year == null ? "" : year + "年") + m.group(2) + "月" + m.group(3) + "日讯 " + lead.substring(m.end());
    }

    /** How the reader did on one layout. */
    record Score(int expected, int predicted, int found, int titles, int dates, int reporters, List<String> misses) {
        @Override
        public String toString() {
            return "stories %d, predicted %d, found %d, titles right %d, dates right %d, reporters right %d"
                    .formatted(expected, predicted, found, titles, dates, reporters);
        }
    }

    /**
     * A story is found when exactly one predicted story holds its lead and that story holds no other
     * expected lead; its title, date and byline are then compared with the gold.
     */
    static Score score(PageReader reader, Layout layout) {
        int expected = 0;
        int predicted = 0;
        int found = 0;
        int titles = 0;
        int dates = 0;
        int reporters = 0;
        List<String> misses = new ArrayList<>();
        for (LayoutPage p : pages(layout)) {
            PageResult r = reader.read(p.page());
            expected += p.stories().size();
            predicted += r.stories().size();
            for (Expected e : p.stories()) {
                List<Story> holders = r.stories().stream().filter(s -> s.text().contains(e.leadStart())).toList();
                boolean alone = holders.size() == 1 && p.stories().stream()
                        .filter(o -> o != e).noneMatch(o -> holders.getFirst().text().contains(o.leadStart()));
                if (!alone) {
                    misses.add(p.page().doc() + " " + e.doc() + " not found");
                    continue;
                }
                found++;
                Story s = holders.getFirst();
                titles += count(Objects.equals(s.title(), e.title()), misses, p, e, "title " + s.title());
                dates += count(Objects.equals(s.date(), e.date()), misses, p, e, "date " + s.date() + " want " + e.date());
                reporters += count(s.reporters().equals(e.reporters()), misses, p, e,
                        "reporters " + s.reporters() + " want " + e.reporters());
            }
        }
        return new Score(expected, predicted, found, titles, dates, reporters, misses);
    }

    private static int count(boolean right, List<String> misses, LayoutPage p, Expected e, String what) {
        if (!right) {
            misses.add(p.page().doc() + " " + e.doc() + " " + what);
        }
        return right ? 1 : 0;
    }

    public static void main(String[] args) {
        PageReader reader = new PageReader();
        if (args.length == 2 && args[0].equals("--write")) {
            // Pages and their gold (doc and title as on the page) for scoring the extractor on them.
            ObjectMapper json = new ObjectMapper();
            try {
                List<String> gold = Files.readAllLines(GOLD);
                for (Layout layout : Layout.values()) {
                    Path dir = Path.of(args[1], layout.name().toLowerCase());
                    Files.createDirectories(dir);
                    StringBuilder pageGold = new StringBuilder();
                    for (LayoutPage p : pages(layout)) {
                        Files.writeString(dir.resolve(p.page().doc()), p.page().text());
                        for (Expected e : p.stories()) {
                            for (String g : gold) {
                                var node = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(g);
                                if (node.get("doc").asText().equals(e.doc())) {
                                    node.put("doc", p.page().doc());
                                    node.put("title", e.title());
                                    pageGold.append(json.writeValueAsString(node)).append('\n');
                                }
                            }
                        }
                    }
                    Files.writeString(dir.resolve("gold.jsonl"), pageGold);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        if (args.length > 0 && args[0].endsWith(".txt")) {
            for (Layout layout : Layout.values()) {
                for (LayoutPage p : pages(layout)) {
                    if (p.page().doc().equals(args[0])) {
                        System.out.println(p.page().text());
                        reader.read(p.page()).stories().forEach(s -> System.out.println("### " + s.title() + " | "
                                + s.date() + " | " + s.reporters() + " | " + s.text().substring(0, Math.min(30, s.text().length()))));
                    }
                }
            }
            return;
        }
        boolean verbose = List.of(args).contains("-v");
        for (Layout layout : Layout.values()) {
            Score s = score(reader, layout);
            System.out.println(layout + ": " + s);
            if (verbose) {
                s.misses().forEach(m -> System.out.println("    " + m));
            }
        }
    }
}
