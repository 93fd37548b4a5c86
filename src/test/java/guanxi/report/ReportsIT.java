package guanxi.report;

import guanxi.extract.Pipeline;
import guanxi.model.ExtractedPage;
import guanxi.page.PageFiles;

import java.nio.file.Path;
import java.util.List;

/** Every saved report on the graph of the real seed pages, as {@code ./guanxi load seeds/} builds it. */
class ReportsIT extends SeedGraphReportsCheck {

    @Override
    List<ExtractedPage> seedPages() {
        Pipeline pipeline = new Pipeline();
        return PageFiles.expand(List.of(Path.of("seeds"))).stream()
                .map(PageFiles::read)
                .map(pipeline::process)
                .toList();
    }
}
