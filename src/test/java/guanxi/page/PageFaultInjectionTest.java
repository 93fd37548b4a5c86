package guanxi.page;

import guanxi.model.Page;
import guanxi.model.PageResult;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed pages rebuilt with layout faults injected at random (fixed seed), two per page: a sentence
 * broken across blank lines, a byline glued to the last sentence or dropped, a headline printed after
 * its body, a paragraph printed before its lead, a stray OCR line, a section label, a paragraph strayed
 * after another story, a lead without 本报讯. The stories of the clean page (checked by the golden test)
 * are the truth: nearly every story must keep its headline, date and byline, and every character must
 * be accounted for.
 */
class PageFaultInjectionTest {
    private static final List<String> SEEDS = List.of("000_38eb9c1a9d4b8519", "001_3ca75f4a47f516d3",
            "002_273420d59b4e5d0a", "003_8984a65e34937e0c", "004_3ca26538281dc3f3");
    private static final int VARIANTS = 40;
    private static final int FAULTS_PER_PAGE = 2;
    private static final double MIN_RIGHT = 0.98;
    private static final String NOISE = "—— 六图重二七三 ——";
    private static final String SECTION = "县委办公室";

    private final PageReader reader = new PageReader();

    /** A story as the page prints it, and what it should read as. */
    private static final class Printed {
        final String title;
        final String date;
        List<String> reporters;
        final List<String> paragraphs;
        final List<String> before = new ArrayList<>();
        final List<String> strays = new ArrayList<>();
        boolean glued;
        boolean late;
        boolean section;

        Printed(Story s) {
            title = s.title();
            date = s.date();
            reporters = s.reporters();
            paragraphs = new ArrayList<>(List.of(s.text().split("\n")));
        }

        String expected() {
            return title.replaceAll("\\s", "") + " | " + date + " | " + reporters;
        }
    }

    @Test
    void nearlyEveryStorySurvivesInjectedLayoutFaults() {
        Random random = new Random(42);
        int stories = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (int v = 0; v < VARIANTS; v++) {
            for (String seed : SEEDS) {
                Page clean = PageFiles.read(Path.of("seeds", seed + ".txt"));
                List<Printed> printed = reader.read(clean).stories().stream().map(Printed::new).toList();
                List<String> faults = inject(printed, random);
                Page page = new Page(clean.doc(), print(printed));
                PageResult result = reader.read(page);
                assertThat(Accounting.ofResult(reader, page, result)).as(faults + "\n" + page.text())
                        .isEqualTo(Accounting.ofPage(page));
                List<String> got = result.stories().stream().map(s -> (s.title() == null ? "" : s.title())
                        .replaceAll("\\s", "") + " | " + s.date() + " | " + s.reporters()).toList();
                for (Printed p : printed) {
                    stories++;
                    if (got.contains(p.expected())) {
                        right++;
                    } else {
                        wrong.add(seed + " " + faults + " " + p.expected());
                    }
                }
            }
        }
        assertThat((double) right / stories).as("stories right: " + right + "/" + stories + "; wrong: " + wrong)
                .isGreaterThanOrEqualTo(MIN_RIGHT);
    }

    private static List<String> inject(List<Printed> stories, Random random) {
        List<String> kinds = new ArrayList<>(List.of("break", "glue", "late", "before", "noise", "section",
                "stray", "no-byline", "no-marker"));
        Collections.shuffle(kinds, random);
        List<String> applied = kinds.subList(0, FAULTS_PER_PAGE);
        for (String kind : applied) {
            Printed s = stories.get(random.nextInt(stories.size()));
            List<String> ps = s.paragraphs;
            switch (kind) {
                case "break" -> {
                    int p = random.nextInt(ps.size());
                    String t = ps.get(p);
                    int at = 5 + random.nextInt(Math.max(1, t.length() - 10));
                    if (at < t.length() - 5 && Text.isHan(t.charAt(at - 1)) && Text.isHan(t.charAt(at))) {
                        ps.set(p, t.substring(0, at));
                        ps.add(p + 1, t.substring(at));
                    }
                }
                case "glue" -> s.glued = !s.reporters.isEmpty();
                case "late" -> s.late = true;
                case "before" -> {
                    if (ps.size() > 2) {
                        s.before.add(ps.remove(1 + random.nextInt(ps.size() - 1)));
                    }
                }
                case "noise" -> ps.add(1 + random.nextInt(ps.size()), NOISE);
                case "section" -> s.section = true;
                case "stray" -> {
                    Printed other = stories.get(random.nextInt(stories.size()));
                    if (ps.size() > 2 && other != s) {
                        other.strays.add(ps.remove(1 + random.nextInt(ps.size() - 1)));
                    }
                }
                case "no-byline" -> s.reporters = List.of();
                case "no-marker" -> ps.set(0, ps.get(0).replaceFirst("^本报讯\\s*", ""));
                default -> throw new IllegalStateException(kind);
            }
        }
        return List.copyOf(applied);
    }

    private static String print(List<Printed> stories) {
        List<String> lines = new ArrayList<>();
        for (Printed s : stories) {
            if (s.section) {
                lines.add(SECTION);
            }
            if (!s.late) {
                lines.add(s.title);
            }
            lines.addAll(s.before);
            String byline = String.join(" ", s.reporters);
            List<String> body = new ArrayList<>(s.paragraphs);
            boolean glue = s.glued && !byline.isEmpty() && !Objects.equals(body.getLast(), NOISE);
            if (glue) {
                body.set(body.size() - 1, body.getLast() + byline);
            }
            lines.addAll(body);
            if (!byline.isEmpty() && !glue) {
                lines.add(byline);
            }
            if (s.late) {
                lines.add(s.title);
            }
            lines.addAll(s.strays);
        }
        return String.join("\n\n", lines) + "\n";
    }
}
