package guanxi.model;

import java.util.List;

/**
 * What the page reader made of a page: its stories, every line it set aside, and why each story
 * starts where it does (one cut per story, in story order; empty when built by hand).
 */
public record PageResult(String doc, List<Story> stories, List<NoiseLine> discarded, List<StoryCut> cuts) {
    public PageResult {
        stories = List.copyOf(stories);
        discarded = List.copyOf(discarded);
        cuts = List.copyOf(cuts);
    }

    public PageResult(String doc, List<Story> stories, List<NoiseLine> discarded) {
        this(doc, stories, discarded, List.of());
    }
}
