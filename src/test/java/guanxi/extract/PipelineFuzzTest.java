package guanxi.extract;

import guanxi.model.ExtractedPage;
import guanxi.model.Extraction;
import guanxi.model.Page;
import guanxi.page.FuzzPages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole pipeline (reader, HanLP, every rule) on a thousand generated hostile pages ({@link FuzzPages},
 * fixed seed): no exception escapes, one extraction per story, and every relation is consistent with its story.
 */
class PipelineFuzzTest {
    private static final int PAGES = 1000;

    @Test
    void generatedPagesNeverThrowAndStayConsistent() throws IOException {
        Pipeline pipeline = new Pipeline();
        List<String> pool = FuzzPages.linePool();
        Random random = new Random(20261122L);
        for (int n = 0; n < PAGES; n++) {
            Page page = new Page("fuzz-" + n + ".txt", FuzzPages.page(pool, random));
            ExtractedPage result;
            try {
                result = pipeline.process(page);
            } catch (RuntimeException e) {
                throw new AssertionError("page " + n + " threw on:\n" + page.text(), e);
            }
            assertThat(result.extractions()).hasSameSizeAs(result.page().stories());
            for (Extraction x : result.extractions()) {
                ExtractionChecks.assertConsistent(x);
            }
        }
    }
}
