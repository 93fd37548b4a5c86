package guanxi.page;

import guanxi.model.Page;
import guanxi.model.PageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading page files: encodings, line ends, sidecar year, and the files that are not pages. */
class PageFilesTest {
    private static final Path SEED = Path.of("seeds", "000_38eb9c1a9d4b8519.txt");

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String seedText() throws IOException {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    @Test
    void theSamePageInEveryEncodingGivesTheSameStories() throws IOException {
        String text = seedText();
        PageResult utf8 = new PageReader().read(PageFiles.read(write("p.txt", text.getBytes(StandardCharsets.UTF_8))));
        assertThat(utf8.stories()).hasSize(4);
        byte[][] variants = {
                text.getBytes(Charset.forName("GB18030")),
                text.getBytes(Charset.forName("GBK")),
                concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)),
                concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
                concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)),
                text.getBytes(StandardCharsets.UTF_16LE),
                text.getBytes(StandardCharsets.UTF_16BE),
                text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
                text.replace("\n", "\r").getBytes(Charset.forName("GB18030")),
        };
        for (byte[] bytes : variants) {
            Page page = PageFiles.read(write("p.txt", bytes));
            assertThat(page.text()).isEqualTo(text);
            assertThat(new PageReader().read(page)).isEqualTo(utf8);
        }
    }

    @Test
    void utf16WithoutBomIsRecognisedWithOrWithoutAsciiCharacters() throws IOException {
        String mixed = "全县安全生产会议召开\n本报讯 7月3日，全县安全生产会议召开。\n";
        String chineseOnly = "全县安全生产会议召开。本报讯七月三日，全县安全生产会议召开。";
        for (String text : List.of(mixed, chineseOnly)) {
            assertThat(PageFiles.read(write("p.txt", text.getBytes(StandardCharsets.UTF_16LE))).text()).isEqualTo(text);
            assertThat(PageFiles.read(write("p.txt", text.getBytes(StandardCharsets.UTF_16BE))).text()).isEqualTo(text);
        }
    }

    @Test
    void big5PagesAreDecodedAsBig5AndSimplifiedGbPagesStayGb() throws IOException {
        String traditional = "青禾縣舉行招商引資項目簽約儀式\n本報訊 5月6日，青禾縣與遠航新材料有限公司簽訂投資協議，"
                + "縣長錢永安出席簽約儀式並致辭。該項目總投資十二億元，建設新型環保材料生產線。\n";
        String simplified = "青禾县举行招商引资项目签约仪式\n本报讯 5月6日，青禾县与远航新材料有限公司签订投资协议，"
                + "县长钱永安出席签约仪式并致辞。该项目总投资十二亿元，建设新型环保材料生产线。\n";
        assertThat(PageFiles.read(write("tw.txt", traditional.getBytes(Charset.forName("Big5")))).text()).isEqualTo(traditional);
        assertThat(PageFiles.read(write("hk.txt", traditional.getBytes(Charset.forName("Big5-HKSCS")))).text())
                .isEqualTo(traditional);
        assertThat(PageFiles.read(write("cn.txt", simplified.getBytes(Charset.forName("GB18030")))).text()).isEqualTo(simplified);
        assertThat(PageFiles.read(write("gbk.txt", traditional.getBytes(Charset.forName("GBK")))).text()).isEqualTo(traditional);
    }

    @Test
    void aStrayBadByteInAUtf8PageIsReplacedNotTheWholePageRejected() throws IOException {
        String text = "青禾县举行招商引资项目签约仪式\n本报讯 5月6日，青禾县与远航新材料有限公司签订投资协议。\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 20] = (byte) 0xFF;
        String read = PageFiles.read(write("one-bad-byte.txt", bytes)).text();
        assertThat(read).contains("\uFFFD").startsWith("青禾县举行招商引资项目签约仪式");
        assertThat(read.chars().filter(c -> c == 0xFFFD).count()).isBetween(1L, 3L);
    }

    @Test
    void aReplacedByteIsNamedWithItsOffsetInTheFile() throws IOException {
        String text = "青禾县举行招商引资项目签约仪式\n本报讯 5月6日，青禾县与远航新材料有限公司签订投资协议。\n";
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        int at = "青禾县举行".getBytes(StandardCharsets.UTF_8).length;
        // One byte inserted between two characters; then one byte of a character overwritten.
        byte[] inserted = concat(concat(java.util.Arrays.copyOf(good, at), new byte[]{(byte) 0xFF}),
                java.util.Arrays.copyOfRange(good, at, good.length));
        Page page = PageFiles.read(write("inserted.txt", inserted));
        assertThat(page.text()).isEqualTo(text.substring(0, 5) + "\uFFFD" + text.substring(5));
        assertThat(page.notes()).containsExactly(
                "bad UTF-8 byte at offset " + at + " replaced by U+FFFD (the rest of the page read as UTF-8)");

        int inside = text.indexOf("远航");
        int offset = text.substring(0, inside).getBytes(StandardCharsets.UTF_8).length + 1;
        byte[] broken = good.clone();
        broken[offset] = (byte) 0x41;
        Page mid = PageFiles.read(write("mid.txt", broken));
        assertThat(mid.notes()).hasSize(1).allMatch(n -> n.startsWith("bad UTF-8 byte at offset " + (offset - 1) + " "));
        assertThat(mid.text()).startsWith("青禾县举行招商引资项目签约仪式\n本报讯").contains("\uFFFDA\uFFFD航新材料");

        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Page withBom = PageFiles.read(write("bom.txt", concat(bom, inserted)));
        assertThat(withBom.notes()).containsExactly(
                "bad UTF-8 byte at offset " + (at + 3) + " replaced by U+FFFD (the rest of the page read as UTF-8)");
        assertThat(PageFiles.read(write("clean.txt", good)).notes()).isEmpty();
    }

    @Test
    void aPageNoEncodingDecodesNamesTheEncodingAndTheOffset() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] broken = concat(bom, concat("本报讯 会议召开。".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xC3, (byte) 0x28}));
        assertThatThrownBy(() -> PageFiles.read(write("broken.txt", broken))).isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("broken.txt").hasMessageContaining("UTF-8")
                .hasMessageContaining("offset " + (broken.length - 2));
    }

    @Test
    void docIsTheFileNameAndYearComesFromTheSidecar() throws IOException {
        Path page = write("2023-02-20.txt", seedText().getBytes(StandardCharsets.UTF_8));
        assertThat(PageFiles.read(page).doc()).isEqualTo("2023-02-20.txt");
        assertThat(PageFiles.read(page).year()).isNull();

        Files.writeString(dir.resolve("2023-02-20.meta.json"), "{\"date\": \"2023-02-20\"}");
        assertThat(PageFiles.read(page).year()).isEqualTo(2023);
        PageResult result = new PageReader().read(PageFiles.read(page));
        assertThat(result.stories().getFirst().date()).isEqualTo("2023-02-23");

        Files.writeString(dir.resolve("2023-02-20.meta.json"), "{\"year\": 2022}");
        assertThat(PageFiles.read(page).year()).isEqualTo(2022);

        Files.delete(dir.resolve("2023-02-20.meta.json"));
        Files.writeString(dir.resolve("2023-02-20.txt.meta.json"), "{\"year\": 2021}");
        assertThat(PageFiles.read(page).year()).isEqualTo(2021);

        Files.writeString(dir.resolve("2023-02-20.meta.json"), "{\"year\": ");
        assertThatThrownBy(() -> PageFiles.read(page)).isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("2023-02-20.txt").hasMessageContaining("meta.json");
    }

    @Test
    void filesThatAreNotPagesAreRejectedWithOneLineNamingTheFile() throws IOException {
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        assertRejected(write("binary.txt", binary), "binary");
        assertRejected(write("empty.txt", new byte[0]), "empty");
        assertRejected(write("blank.txt", " \n\r\n\t ".getBytes(StandardCharsets.UTF_8)), "no text");
        assertRejected(write("english.txt", "Page 3\nCounty news\n".getBytes(StandardCharsets.UTF_8)), "no Chinese");
        assertRejected(write("nul.txt", "本报讯\u0000\u0001\u0002 会议召开。".getBytes(StandardCharsets.UTF_8)), "binary");
        assertRejected(dir.resolve("missing.txt"), "not a readable file");

        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(PageFiles.MAX_BYTES + 1);
        }
        assertRejected(big, "10 MB");
    }

    private static void assertRejected(Path file, String reason) {
        assertThatThrownBy(() -> PageFiles.read(file))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining(file.getFileName().toString())
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void expandListsFoldersTxtFilesSortedAndKeepsFilesAsGiven() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("pages"));
        Files.writeString(folder.resolve("b.txt"), "乙");
        Files.writeString(folder.resolve("a.txt"), "甲");
        Files.writeString(folder.resolve("a.meta.json"), "{}");
        Files.createDirectory(folder.resolve("sub.txt"));
        Path single = Files.writeString(dir.resolve("0.txt"), "丙");

        assertThat(PageFiles.expand(List.of(folder, single)))
                .containsExactly(single, folder.resolve("a.txt"), folder.resolve("b.txt"));
    }
}
