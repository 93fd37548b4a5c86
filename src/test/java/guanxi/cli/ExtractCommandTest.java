package guanxi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extract command end to end: pages in the sorted order of PageFiles.expand whatever the threads do, one JSON
 * object per story, a rejected file reported on one stderr line with exit code 3, --explain.
 */
class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFolderWithNoPagesIsAUsageErrorNamingIt(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("extract", dir.toString());
        } finally {
            System.setErr(saved);
        }
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("guanxi extract: nothing to read: " + dir + " holds no .txt pages");
    }

    /** An invented page of two stories: a section label, a headline with a sub-headline, a chaired meeting. */
    private static final String MEETING_PAGE = """
            区工商联办公室

            全区民营企业发展恳谈会召开
            贺明川出席并讲话

            本报讯 9月22日，全区民营企业发展恳谈会在区高新园区举行。副区长罗建军主持会议。

            罗建军要求，各有关部门要稳定企业预期，提升服务效能。

            周婷婷

            全区秋粮收购工作会召开

            本报讯 9月25日，全区秋粮收购工作会召开。副区长罗建军出席会议并讲话。

            吴丽萍
            """;

    /** An invented page of two stories with a stray OCR line between a lead and its byline. */
    private static final String INSPECTION_PAGE = """
            邵广平带队到我区检查防汛工作

            本报讯 6月14日，副厅长邵广平带队检查汛期安全工作。区委书记贺明川等陪同。

            —— 六图重二七三 ——

            林小雨

            青石镇举行项目签约仪式

            本报讯 6月16日，青石镇与远帆新材料有限公司签订合作协议，镇长周立新出席签约仪式。

            林小雨
            """;

    @Test
    void writesStoriesInFileOrderAndReportsRejectedFiles(@TempDir Path dir) throws Exception {
        Path meeting = Files.writeString(dir.resolve("b_meeting.txt"), MEETING_PAGE);
        Path broken = dir.resolve("broken.txt");
        Files.write(broken, new byte[]{0, 1, 2, 3, 0, 0, 5, 6});
        Path inspection = Files.writeString(dir.resolve("a_inspection.txt"), INSPECTION_PAGE);
        Path out = dir.resolve("out.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("extract", meeting.toString(), broken.toString(),
                    inspection.toString(), "--out", out.toString(), "--threads", "2");
        } finally {
            System.setErr(saved);
        }
        assertThat(code).isEqualTo(Main.REJECTED_INPUT);
        List<String> errLines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(errLines).hasSize(2);
        assertThat(errLines.get(0)).contains("broken.txt").doesNotContain("Exception");
        assertThat(errLines.get(1)).contains("1 of 3 files rejected");
        List<JsonNode> stories = read(out);
        assertThat(stories).extracting(s -> s.get("doc").asText())
                .containsExactly("a_inspection.txt", "a_inspection.txt", "b_meeting.txt", "b_meeting.txt");
        JsonNode first = stories.get(2);
        assertThat(first.get("title").asText()).isEqualTo("全区民营企业发展恳谈会召开 贺明川出席并讲话");
        JsonNode presided = null;
        for (JsonNode r : first.get("relations")) {
            if (r.get("type").asText().equals("PRESIDED")) {
                presided = r;
            }
        }
        assertThat(presided).isNotNull();
        assertThat(presided.get("from").asText()).isEqualTo("罗建军");
        assertThat(presided.get("evidence").get("rule").asText()).isEqualTo("preside-trigger");
    }

    @Test
    void explainAddsTheDiscardedLinesOfEachPage(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("a_inspection.txt"), INSPECTION_PAGE);
        Path out = dir.resolve("out.jsonl");
        int code = Main.run("extract", "--explain", "--out", out.toString(), page.toString());
        assertThat(code).isEqualTo(Main.OK);
        List<JsonNode> lines = read(out);
        assertThat(lines).hasSize(3);
        JsonNode last = lines.get(lines.size() - 1);
        assertThat(last.get("doc").asText()).isEqualTo("a_inspection.txt");
        assertThat(last.get("discarded").isArray()).isTrue();
        assertThat(last.get("discarded").toString()).contains("六图重二七三");
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.has("relations"));
    }

    /** Runs the command with stderr captured: the exit code and stderr's lines. */
    private static Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, err.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.setErr(saved);
        }
    }

    private record Run(int code, List<String> err) {
    }

    private static final String PAGE = "青禾县举行项目签约仪式\n\n本报讯 5月8日，青禾县与远航新材料有限公司签订合作协议，"
            + "县长钱永安出席签约仪式。远航新材料有限公司计划投资12亿元建设新型环保材料产业园项目。\n";

    @Test
    void aBadByteIsReplacedAndNamedOnOneLineAndThePageIsRead(@TempDir Path dir) throws Exception {
        byte[] good = PAGE.getBytes(StandardCharsets.UTF_8);
        int at = "青禾县举行项目".getBytes(StandardCharsets.UTF_8).length;
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, at);
        bytes[at] = (byte) 0xFF;
        System.arraycopy(good, at, bytes, at + 1, good.length - at);
        Path page = Files.write(dir.resolve("one-bad-byte.txt"), bytes);
        Path out = dir.resolve("out.jsonl");

        Run run = run("extract", "--out", out.toString(), page.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.err()).containsExactly("guanxi extract: " + page + ": bad UTF-8 byte at offset " + at
                + " replaced by U+FFFD (the rest of the page read as UTF-8)");
        List<JsonNode> stories = read(out);
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).get("title").asText()).isEqualTo("青禾县举行项目\uFFFD签约仪式");
        assertThat(stories.get(0).get("persons").toString()).contains("钱永安");
    }

    @Test
    void aFiveMegabyteLineWithoutPunctuationIsRejectedOnOneLine(@TempDir Path dir) throws Exception {
        StringBuilder line = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        while (line.length() < 5 * 1024 * 1024 / 3) {
            line.append((char) (0x4E00 + random.nextInt(3000)));
        }
        Path page = Files.writeString(dir.resolve("run-on.txt"), line, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");

        Run run = run("extract", "--out", out.toString(), page.toString());

        assertThat(run.code()).isEqualTo(Main.REJECTED_INPUT);
        assertThat(run.err()).containsExactly("guanxi extract: " + page + ": rejected: no story found: a line of "
                        + line.length() + " characters with no sentence end (。！？), not newspaper text",
                "guanxi extract: 1 of 1 files rejected: " + page);
        assertThat(Files.readString(out)).isEmpty();
    }

    @Test
    void explainGivesTheReasonANameWasSetAside(@TempDir Path dir) throws Exception {
        StringBuilder runOn = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            runOn.append("甲乙丙丁戊己庚辛壬癸山水林木花草石土金光".charAt(i * 7 % 20));
        }
        Path page = Files.writeString(dir.resolve("hostile.txt"), "青禾县举行项目签约仪式\n\n本报讯 5月8日，"
                + "县长钱永安出席签约仪式。远航新材料有限公司计划投资12亿元建设" + runOn + "产业园项目。\n");
        Path out = dir.resolve("out.jsonl");

        Run run = run("extract", "--explain", "--out", out.toString(), page.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        List<JsonNode> lines = read(out);
        JsonNode story = lines.get(0);
        assertThat(story.get("persons").toString()).contains("钱永安");
        for (JsonNode p : story.get("projects")) {
            assertThat(p.get("name").asText().length()).isLessThanOrEqualTo(120);
        }
        JsonNode explained = lines.get(lines.size() - 1);
        assertThat(explained.get("set_aside")).isNotEmpty();
        assertThat(explained.get("set_aside").get(0).asText())
                .matches("a project name of \\d+ characters \\(at most 120\\): .*…");
        assertThat(explained.get("cuts")).isNotEmpty();
    }

    private static List<JsonNode> read(Path out) throws Exception {
        List<JsonNode> stories = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            stories.add(JSON.readTree(line));
        }
        return stories;
    }
}
