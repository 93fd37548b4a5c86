package guanxi.graph;

import guanxi.model.ExtractedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What load and import read: a page with a bad byte loads and is named with the offset, a page in which no story is
 * found is rejected with one line naming it, and the others go on.
 */
class PageSourceTest {

    @Test
    void aRepairedPageLoadsWithANoteAndAPageWithoutStoriesIsRejected(@TempDir Path dir) throws Exception {
        String text = "青禾县举行项目签约仪式\n\n本报讯 5月8日，青禾县与远航新材料有限公司签订合作协议，县长钱永安出席签约仪式。\n";
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, 6);
        bad[6] = (byte) 0xFE;
        System.arraycopy(good, 6, bad, 7, good.length - 6);
        Path repaired = Files.write(dir.resolve("a.txt"), bad);
        Path runOn = Files.writeString(dir.resolve("b.txt"), "甲乙丙丁戊己庚辛壬癸".repeat(300));
        Path clean = Files.write(dir.resolve("c.txt"), good);

        List<String> docs = new ArrayList<>();
        try (PageSource pages = PageSource.of(List.of(dir))) {
            for (ExtractedPage page : pages) {
                docs.add(page.doc());
            }
            assertThat(docs).containsExactly("a.txt", "c.txt");
            assertThat(pages.setAside()).containsExactly(repaired
                    + ": bad UTF-8 byte at offset 6 replaced by U+FFFD (the rest of the page read as UTF-8)");
            assertThat(pages.rejected()).containsExactly(runOn + ": rejected: no story found: a line of 3000 "
                    + "characters with no sentence end (。！？), not newspaper text");
        }
        assertThat(clean).exists();
    }
}
