package guanxi.model;

import java.util.List;

/**
 * A named investment or construction project in one story.
 *
 * @param name           as printed
 * @param investmentYuan stated investment in yuan, or {@code null}
 * @param status         operating, building, starting, agreed, planned, or {@code null}
 * @param mentions       where it is named
 */
public record Project(String name, Long investmentYuan, String status, List<Evidence> mentions) {
    public Project {
        mentions = List.copyOf(mentions);
    }
}
