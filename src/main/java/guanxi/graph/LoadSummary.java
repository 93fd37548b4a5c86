package guanxi.graph;

import java.time.Duration;

/**
 * What a load did.
 *
 * @param pages                pages loaded
 * @param stories              stories written
 * @param nodesCreated         nodes created (a reloaded page's nodes count again: they were deleted first)
 * @param relationshipsCreated relationships created
 * @param nodesDeleted         nodes removed with replaced pages
 * @param relationshipsDeleted relationships removed with replaced pages or recomputed
 * @param elapsed              wall time
 */
public record LoadSummary(int pages, int stories, long nodesCreated, long relationshipsCreated,
                          long nodesDeleted, long relationshipsDeleted, Duration elapsed) {

    public double relationshipsPerSecond() {
        return relationshipsCreated / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }

    public double storiesPerSecond() {
        return stories / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }

    LoadSummary plus(int morePages, int moreStories, Counts c) {
        return new LoadSummary(pages + morePages, stories + moreStories, nodesCreated + c.nodesCreated(),
                relationshipsCreated + c.relationshipsCreated(), nodesDeleted + c.nodesDeleted(),
                relationshipsDeleted + c.relationshipsDeleted(), elapsed);
    }

    LoadSummary took(Duration d) {
        return new LoadSummary(pages, stories, nodesCreated, relationshipsCreated, nodesDeleted, relationshipsDeleted, d);
    }

    /** One line for people: stories, nodes and relationships created, time and rate. */
    public String describe() {
        return String.format("loaded %d stories from %d pages: %d nodes and %d relationships created"
                        + " (%d nodes, %d relationships replaced) in %.1f s, %.0f relationships/s",
                stories, pages, nodesCreated, relationshipsCreated, nodesDeleted, relationshipsDeleted,
                elapsed.toMillis() / 1000.0, relationshipsPerSecond());
    }

    record Counts(long nodesCreated, long relationshipsCreated, long nodesDeleted, long relationshipsDeleted) {
        static final Counts ZERO = new Counts(0, 0, 0, 0);

        Counts plus(Counts c) {
            return new Counts(nodesCreated + c.nodesCreated, relationshipsCreated + c.relationshipsCreated,
                    nodesDeleted + c.nodesDeleted, relationshipsDeleted + c.relationshipsDeleted);
        }

        Counts plus(org.neo4j.driver.summary.SummaryCounters c) {
            return new Counts(nodesCreated + c.nodesCreated(), relationshipsCreated + c.relationshipsCreated(),
                    nodesDeleted + c.nodesDeleted(), relationshipsDeleted + c.relationshipsDeleted());
        }
    }
}
