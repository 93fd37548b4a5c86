package guanxi.graph.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryHtmlTest {

    // An invented story: two people, a company named in full and by its short form, one meeting fact.
    private static final String TEXT = "8月3日，副县长甄立明会见了青禾农业科技有限公司总经理蒲晓川。\n青禾农业将在园区建设育苗基地。";

    private static StoryView view(List<StoryView.Fact> facts) {
        return new StoryView("abc123", "甄立明会见青禾农业客人", "2031-08-03", "p1.txt", List.of("柯小满"), TEXT,
                List.of(new StoryView.Mention("Person", "甄立明", List.of("甄立明")),
                        new StoryView.Mention("Person", "蒲晓川", List.of("蒲晓川")),
                        new StoryView.Mention("Company", "青禾农业科技有限公司", List.of("青禾农业科技有限公司", "青禾农业"))),
                facts);
    }

    @Test
    void marksMentionsAndFactSpansWithoutChangingTheText() {
        int start = TEXT.indexOf("副县长");
        int end = TEXT.indexOf("。") + 1;
        StoryView.Fact met = new StoryView.Fact("MET", "Person", "甄立明", "Person", "蒲晓川", null,
                TEXT.substring(0, end), "meet-trigger", start, end);
        String html = StoryHtml.story(view(List.of(met)), "/browser/?cmd=edit&arg=x");
        String article = html.substring(html.indexOf("<article"), html.indexOf("</article>"));
        assertThat(article).contains("<mark class=\"m person\" title=\"Person: 甄立明\">甄立明</mark>")
                .contains(">青禾农业科技有限公司</mark>")
                // the short form in the second paragraph is the same company
                .contains("title=\"Company: 青禾农业科技有限公司\">青禾农业</mark>将在园区")
                .contains("<sup class=\"fn\" data-facts=\"1\"><a href=\"#f1\">1</a></sup>")
                .contains("<a class=\"anchor\" id=\"t1\"></a>");
        StringBuilder covered = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<span class=\"fact\" data-facts=\"1\">(.*?)</span>").matcher(article);
        while (m.find()) {
            covered.append(m.group(1).replaceAll("<[^>]+>", ""));
        }
        assertThat(covered.toString()).isEqualTo(TEXT.substring(start, end));
        assertThat(html).contains("<li id=\"f1\" data-type=\"MET\">").contains("meet-trigger")
                .contains("href=\"/browser/?cmd=edit&amp;arg=x\"");
    }

    @Test
    void aMentionWithSpansIsMarkedAtItsSpansOnlyAndTheHeadlineStillByItsForms() {
        // The extractor found the company at its full name only; the short form later is another reading it did not make.
        int full = TEXT.indexOf("青禾农业科技有限公司");
        int person = TEXT.indexOf("甄立明");
        StoryView s = new StoryView("abc123", "甄立明会见青禾农业客人", "2031-08-03", "p1.txt", List.of(), TEXT,
                List.of(new StoryView.Mention("Person", "甄立明", List.of("甄立明"), List.of(person), List.of(person + 3)),
                        new StoryView.Mention("Company", "青禾农业科技有限公司", List.of("青禾农业科技有限公司", "青禾农业"),
                                List.of(full, 9000), List.of(full + 10, 9010)),
                        new StoryView.Mention("Person", "蒲晓川", List.of("蒲晓川"))),
                List.of());
        String html = StoryHtml.story(s, "/browser/");
        String article = html.substring(html.indexOf("<article"), html.indexOf("</article>"));
        assertThat(article).contains("title=\"Company: 青禾农业科技有限公司\">青禾农业科技有限公司</mark>")
                .contains("。\n青禾农业将在园区")
                .contains("title=\"Person: 甄立明\">甄立明</mark>")
                // a mention loaded without spans is still found by its printed form
                .contains("title=\"Person: 蒲晓川\">蒲晓川</mark>");
        String headline = html.substring(html.indexOf("<h1"), html.indexOf("</h1>"));
        assertThat(headline).contains(">青禾农业</mark>").contains(">甄立明</mark>");
    }

    @Test
    void factsEndingTogetherAreNumberedAsRanges() {
        int end = TEXT.indexOf("。") + 1;
        List<StoryView.Fact> facts = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            facts.add(new StoryView.Fact("ATTENDED", "Person", "某" + i, null, null, null, "句子", "attend", i == 3 ? 1 : 0, end));
        }
        String html = StoryHtml.story(view(facts), "/browser/");
        assertThat(html).contains("<sup class=\"fn\" data-facts=\"1 2 3 4 5\"><a href=\"#f1\">1</a>–<a href=\"#f5\">5</a></sup>");
    }

    @Test
    void markupInTheGraphIsShownAsText() {
        StoryView s = new StoryView("x", "<script>alert(1)</script>", "????-01-02", "a&b.txt", List.of(),
                "正文<img src=x onerror=alert(2)>", List.of(), List.of(new StoryView.Fact("LED", "Person", "<b>某</b>",
                null, null, null, "<i>证据</i>", "r\"", 0, 2)));
        String html = StoryHtml.story(s, "/browser/");
        assertThat(html).doesNotContain("<script>alert", "<img", "<b>", "<i>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "a&amp;b.txt", "&lt;img src=x onerror=alert(2)&gt;",
                "&lt;b&gt;某&lt;/b&gt;", "r&quot;");
    }

    @Test
    void aFactWithoutAUsableSpanIsListedButNotMarked() {
        StoryView.Fact outside = new StoryView.Fact("ATTENDED", "Person", "蒲晓川", null, null, null, "别处的句子", "attend", 5, 9999);
        String html = StoryHtml.story(view(List.of(outside)), "/browser/");
        assertThat(html).doesNotContain("class=\"fact\" data-facts").contains("no span in the text");
    }

    @Test
    void listLinksStoriesAndPages() {
        String html = StoryHtml.list(List.of(new StoryView.Row("s1", "新闻<一>", "????-05-06", "p.txt", 4)), "甄 立", 2, 250, 100);
        assertThat(html).contains("href=\"/guanxi/story/s1\">新闻&lt;一&gt;</a>", "????-05-06", "101–200 shown",
                "href=\"/guanxi/stories?q=%E7%94%84+%E7%AB%8B\">← newer", "page=3\">older →");
    }
}
