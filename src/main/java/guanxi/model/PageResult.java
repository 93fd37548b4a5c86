package guanxi.model;

import java.util.List;

/**
 * What the page reader made of a page: its stories and every line it set aside.
 */
public record PageResult(String doc, List<Story> stories, List<NoiseLine> discarded) {
    public PageResult {
        stories = List.copyOf(stories);
        discarded = List.copyOf(discarded);
    }
}
