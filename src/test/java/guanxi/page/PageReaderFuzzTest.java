package guanxi.page;

import guanxi.model.NoiseLine;
import guanxi.model.Page;
import guanxi.model.PageResult;
import guanxi.model.Sentence;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Thousands of generated pages (fixed seed): random mixes of seed and dev lines, truncated lines,
 * inserted junk, glued lines and shuffled paragraphs. Whatever the layout, the reader must not throw,
 * must account for every character, and must give well-formed, repeatable stories (every tenth page
 * is read twice).
 */
class PageReaderFuzzTest {
    private static final int PAGES = 2000;
    private static final String JUNK = "—-=~_*·•■█○●|/\\()（）【】“”\"'，。！？、；：,.!?;:0123456789０１２３"
            + "abcXYZ \t\u3000\u00a0\ufeff口图重五四本报讯记者张王李月日年召开会议";

    private final PageReader reader = new PageReader();

    @Test
    void generatedPagesNeverLoseACharacterOrThrow() throws IOException {
        List<String> pool = linePool();
        Random random = new Random(20231117L);
        for (int n = 0; n < PAGES; n++) {
            String text = page(pool, random);
            Page page = new Page("fuzz-" + n + ".txt", text);
            PageResult result;
            try {
                result = reader.read(page);
            } catch (RuntimeException e) {
                throw new AssertionError("page " + n + " threw on:\n" + text, e);
            }
            check(page, result, n);
        }
    }

    private void check(Page page, PageResult result, int n) {
        String where = "page " + n + ":\n" + page.text();
        assertThat(Accounting.ofResult(reader, page, result)).as(where).isEqualTo(Accounting.ofPage(page));
        if (n % 10 == 0) {
            assertThat(reader.read(page)).as(where).isEqualTo(result);
        }
        Set<String> ids = new HashSet<>();
        String[] lines = page.text().split("\n", -1);
        for (Story s : result.stories()) {
            assertThat(s.id()).as(where).matches("[0-9a-f]{16}");
            if (!ids.add(s.id())) {
                fail("duplicate id " + s.id() + " on " + where);
            }
            int previousEnd = 0;
            for (int i = 0; i < s.sentences().size(); i++) {
                Sentence x = s.sentences().get(i);
                assertThat(x.index()).as(where).isEqualTo(i);
                assertThat(x.start()).as(where).isGreaterThanOrEqualTo(previousEnd).isLessThan(x.end());
                assertThat(s.text().substring(x.start(), x.end())).as(where).isEqualTo(x.text());
                previousEnd = x.end();
            }
            assertThat(s.date()).as(where).satisfiesAnyOf(
                    d -> assertThat(d).isNull(), d -> assertThat(d).matches("([0-9]{4}-)?[0-9]{2}-[0-9]{2}"));
        }
        for (NoiseLine d : result.discarded()) {
            // A hard-wrapped page joins a full line with the next, so a discarded line starts with its own.
            assertThat(d.text()).as(where).startsWith(lines[d.line() - 1].strip());
        }
    }

    private static String page(List<String> pool, Random random) {
        List<String> lines = new ArrayList<>();
        int count = 1 + random.nextInt(40);
        for (int i = 0; i < count; i++) {
            String line = pool.get(random.nextInt(pool.size()));
            switch (random.nextInt(10)) {
                case 0 -> line = line.substring(0, random.nextInt(line.length() + 1));
                case 1 -> line = line.substring(random.nextInt(line.length() + 1));
                case 2 -> line = junk(random);
                case 3 -> line = line + pool.get(random.nextInt(pool.size()));
                case 4 -> line = line + "。" + "张王李赵刘".charAt(random.nextInt(5)) + "倩涛";
                default -> {
                }
            }
            lines.add(line);
        }
        if (random.nextInt(3) == 0) {
            Collections.shuffle(lines, random);
        }
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            b.append(line).append(random.nextInt(3) == 0 ? "\n" : "\n\n");
            if (random.nextInt(8) == 0) {
                b.append(" \u3000\n");
            }
        }
        return b.toString();
    }

    private static String junk(Random random) {
        StringBuilder b = new StringBuilder();
        int len = random.nextInt(30);
        for (int i = 0; i < len; i++) {
            b.append(JUNK.charAt(random.nextInt(JUNK.length())));
        }
        return b.toString();
    }

    private static List<String> linePool() throws IOException {
        List<String> pool = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("seeds")),
                Files.list(Path.of("src/test/resources/dev/texts")))) {
            for (Path f : files.sorted().toList()) {
                Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(pool::add);
            }
        }
        assertThat(pool).hasSizeGreaterThan(100);
        return pool;
    }
}
