package guanxi.graph;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The story reader served by the embedded server's /guanxi extension, on the seed pages. */
class StoryReaderIT extends ServerPerClass {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern FACT_PIECE = Pattern.compile("<span class=\"fact\" data-facts=\"([^\"]*)\">(.*?)</span>");

    @BeforeAll
    static void load() {
        SeedGraphIT.loadSeeds();
    }

    static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.httpPort() + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static String text(String html) {
        return html.replaceAll("<sup class=\"fn\"[^>]*>.*?</sup>", "").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    @Test
    void listShowsEveryStoryNewestFirstAndFilters() {
        HttpResponse<String> all = get("/guanxi/stories");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        List<String> dates = new ArrayList<>();
        Matcher m = Pattern.compile("<td class=\"date\">([^<]*)</td>").matcher(all.body());
        while (m.find()) {
            dates.add(m.group(1));
        }
        assertThat((long) dates.size()).isEqualTo(count("MATCH (s:Story) RETURN count(s)"));
        assertThat(dates).allMatch(d -> d.matches("(\\d{4}|\\?{4})-\\d\\d-\\d\\d"));
        // Newest first, a date without a year after every dated one.
        List<String> expected = new ArrayList<>(dates);
        expected.sort((a, b) -> a.startsWith("?") != b.startsWith("?") ? (a.startsWith("?") ? 1 : -1) : b.compareTo(a));
        assertThat(dates).isEqualTo(expected);

        long withName = count("MATCH (s:Story) WHERE s.text CONTAINS '夏祖义' OR s.title CONTAINS '夏祖义' RETURN count(s)");
        String filtered = get("/guanxi/stories?q=" + java.net.URLEncoder.encode("夏祖义", StandardCharsets.UTF_8)).body();
        assertThat(withName).isPositive().isLessThan(dates.size());
        assertThat(filtered.split("<td class=\"date\">", -1).length - 1).isEqualTo((int) withName);
        assertThat(filtered).contains("value=\"夏祖义\"");
    }

    @Test
    void storyPageHighlightsMentionsAndFactsAtTheirSpans() {
        List<Record> edge = query("""
                MATCH (:Person {name: '武耀文'})-[r:ACCOMPANIED]->(:Person {name: '夏祖义'})
                MATCH (s:Story {id: r.story})
                RETURN s.id AS id, s.text AS text, r.source_url AS url, r.start AS start, r.end AS end""", Map.of());
        assertThat(edge).hasSize(1);
        String id = edge.getFirst().get("id").asString();
        String storyText = edge.getFirst().get("text").asString();
        String url = edge.getFirst().get("url").asString();
        assertThat(url).isEqualTo("/guanxi/story/" + id);

        HttpResponse<String> page = get(url);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        String article = html.substring(html.indexOf("<article class=\"text\">"), html.indexOf("</article>"));
        // The text as printed, nothing added or lost.
        assertThat(text(article)).isEqualTo(storyText);
        assertThat(article).contains("<mark class=\"m person\" title=\"Person: 武耀文\">武耀文</mark>")
                .contains("title=\"Person: 夏祖义\">夏祖义</mark>");

        // Every fact of the story is listed, in the list's order; each highlighted piece belongs to the facts it names.
        long facts = count("""
                MATCH (s:Story {id: $id})
                RETURN COUNT { (:Person)-[:LED|PRESIDED|ATTENDED]->(s) }
                     + COUNT { ()-[r:ACCOMPANIED|MET|VISITED|SIGNED|INVESTS_IN|EXECUTIVE_OF|SUBSIDIARY_OF]->() WHERE r.story = $id }""",
                Map.of("id", id));
        List<String> items = new ArrayList<>();
        Matcher li = Pattern.compile("<li id=\"f(\\d+)\" data-type=\"([A-Z_]+)\">(.*?)</li>", Pattern.DOTALL).matcher(html);
        while (li.find()) {
            assertThat(text(li.group(3))).startsWith(li.group(2) + " ");
            items.add(text(li.group(3)));
        }
        assertThat((long) items.size()).isEqualTo(facts).isGreaterThan(3);
        int n = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).startsWith("ACCOMPANIED 武耀文 → 夏祖义")) {
                n = i + 1;
                assertThat(items.get(i)).contains("陪同").contains("rule ");
            }
        }
        assertThat(n).as("the ACCOMPANIED fact is listed").isPositive();
        StringBuilder highlighted = new StringBuilder();
        Matcher piece = FACT_PIECE.matcher(article);
        while (piece.find()) {
            if (List.of(piece.group(1).split(" ")).contains(Integer.toString(n))) {
                highlighted.append(text(piece.group(2)));
            }
        }
        int start = edge.getFirst().get("start").asInt();
        int end = edge.getFirst().get("end").asInt();
        assertThat(highlighted.toString()).isEqualTo(storyText.substring(start, end));
        Matcher numbers = Pattern.compile("<sup class=\"fn\" data-facts=\"([^\"]*)\">").matcher(article);
        boolean numbered = false;
        while (numbers.find()) {
            numbered |= List.of(numbers.group(1).split(" ")).contains(Integer.toString(n));
        }
        assertThat(numbered).as("the fact's number follows its span").isTrue();

        Matcher link = Pattern.compile("class=\"browser\" href=\"([^\"]+)\"").matcher(html);
        assertThat(link.find()).isTrue();
        String browser = link.group(1).replace("&amp;", "&");
        assertThat(browser).startsWith("/browser/?dbms=").contains("preselectAuthMethod=NO_AUTH").contains("&cmd=edit&arg=");
        String editor = URLDecoder.decode(browser.substring(browser.indexOf("&arg=") + 5), StandardCharsets.UTF_8);
        assertThat(editor).startsWith("MATCH (s:Story)").contains("s.id = '" + id + "'").doesNotContain("$", "&", "#");
        // What the Browser will run: no parameter left to set, and the story's facts come back.
        assertThat(query(editor, Map.of())).isNotEmpty();
    }

    @Test
    void markupInAStoryShowsAsTextAndUnknownIdsAreNotFound() {
        query("""
                CREATE (:Story {id: 'markup-test', title: '<script>alert(1)</script>县里新闻', dated: '2031-01-02',
                                doc: 'p<b>.txt', text: '开头<script>alert(2)</script> & "引号" <img src=x onerror=alert(3)>结尾'})""",
                Map.of());
        try {
            String html = get("/guanxi/story/markup-test").body();
            assertThat(html).doesNotContain("<script>alert", "<img", "<b>");
            assertThat(html).contains("&lt;script&gt;alert(2)&lt;/script&gt; &amp; &quot;引号&quot; &lt;img src=x onerror=alert(3)&gt;");
            String list = get("/guanxi/stories?q=" + java.net.URLEncoder.encode("<script>", StandardCharsets.UTF_8)).body();
            assertThat(list).contains("&lt;script&gt;alert(1)&lt;/script&gt;县里新闻").doesNotContain("<script>");
        } finally {
            query("MATCH (s:Story {id: 'markup-test'}) DELETE s", Map.of());
        }
        HttpResponse<String> missing = get("/guanxi/story/no-such-story");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no-such-story");
    }
}
