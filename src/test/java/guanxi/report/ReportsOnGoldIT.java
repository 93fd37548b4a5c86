package guanxi.report;

import guanxi.model.ExtractedPage;

import java.io.IOException;
import java.util.List;

/**
 * Every saved report on the graph a perfect extractor would give (the seed gold annotations): checks the
 * reports' own logic apart from the extractor's recall, which {@link ReportsIT} measures on the real pages.
 */
class ReportsOnGoldIT extends SeedGraphReportsCheck {

    @Override
    List<ExtractedPage> seedPages() throws IOException {
        return GoldPages.read();
    }
}
