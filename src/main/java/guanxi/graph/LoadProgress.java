package guanxi.graph;

import java.io.PrintStream;
import java.time.Duration;

/** Receives the loader's progress after each committed batch. */
public interface LoadProgress {

    LoadProgress SILENT = new LoadProgress() {
        @Override
        public void batch(int pages, int stories, Duration elapsed) {
        }

        @Override
        public void finished(LoadSummary summary) {
        }
    };

    /** Called after each committed batch with running totals. */
    void batch(int pages, int stories, Duration elapsed);

    void finished(LoadSummary summary);

    /**
     * Only the end, on one line: stories, pages and seconds (a load of a few pages is over before a rate means
     * anything). What {@code serve} prints while the journalist waits for the address.
     */
    static LoadProgress summaryOnly(PrintStream out, String prefix) {
        return new LoadProgress() {
            @Override
            public void batch(int pages, int stories, Duration elapsed) {
            }

            @Override
            public void finished(LoadSummary summary) {
                out.printf("%sloaded %d stories from %d pages in %.1f s%n", prefix, summary.stories(),
                        summary.pages(), summary.elapsed().toMillis() / 1000.0);
            }
        };
    }

    /**
     * Progress on a stream: a bar redrawn in place on a terminal, otherwise a plain line at most every few seconds
     * (logs of long loads stay readable).
     *
     * @param totalPages pages expected, or 0 when unknown (then the bar shows counts only)
     */
    static LoadProgress console(PrintStream out, boolean terminal, int totalPages) {
        return new LoadProgress() {
            private long lastLine;

            @Override
            public void batch(int pages, int stories, Duration elapsed) {
                double rate = stories / Math.max(elapsed.toNanos() / 1e9, 1e-3);
                if (terminal) {
                    out.print("\r" + bar(pages) + String.format(" %d pages, %d stories, %.0f stories/s ", pages, stories, rate));
                    out.flush();
                } else if (elapsed.toMillis() - lastLine >= 5000 || pages == totalPages) {
                    lastLine = elapsed.toMillis();
                    out.printf("load: %d%s pages, %d stories, %.0f stories/s%n", pages,
                            totalPages > 0 ? "/" + totalPages : "", stories, rate);
                }
            }

            private String bar(int pages) {
                if (totalPages <= 0) {
                    return "[loading]";
                }
                int width = 30;
                int filled = (int) Math.min(width, (long) width * pages / totalPages);
                return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + pages * 100 / totalPages + "%";
            }

            @Override
            public void finished(LoadSummary summary) {
                if (terminal) {
                    out.println();
                }
                out.println(summary.describe());
            }
        };
    }
}
