package guanxi.model;

import java.util.List;

/**
 * What the page reader made of a page: its stories, every line it set aside, why each story
 * starts where it does (one cut per story, in story order; empty when built by hand), and the paper's name when the
 * page's sidecar gives it ({@link Page#paper()}, else null).
 */
public record PageResult(String doc, List<Story> stories, List<NoiseLine> discarded, List<StoryCut> cuts,
                         String paper) {
    public PageResult {
        stories = List.copyOf(stories);
        discarded = List.copyOf(discarded);
        cuts = List.copyOf(cuts);
    }

    public PageResult(String doc, List<Story> stories, List<NoiseLine> discarded, List<StoryCut> cuts) {
        this(doc, stories, discarded, cuts, null);
    }

    public PageResult(String doc, List<Story> stories, List<NoiseLine> discarded) {
        this(doc, stories, discarded, List.of(), null);
    }
}
