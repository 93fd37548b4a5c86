package guanxi.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated hostile pages for fuzz tests of the reader and the extractor: random mixes of seed and dev
 * lines, truncated lines, inserted junk, glued lines and shuffled paragraphs. Deterministic for a given
 * {@link Random}.
 */
public final class FuzzPages {
    private static final String JUNK = "—-=~_*·•■█○●|/\\()（）【】“”\"'，。！？、；：,.!?;:0123456789０１２３"
            + "abcXYZ \t\u3000\u00a0\ufeff口图重五四本报讯记者张王李月日年召开会议";

    private FuzzPages() {
    }

    /** One generated page drawn from {@code pool}. */
    public static String page(List<String> pool, Random random) {
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

    /** Every non-blank line of the seed pages and the dev stories. */
    public static List<String> linePool() throws IOException {
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
