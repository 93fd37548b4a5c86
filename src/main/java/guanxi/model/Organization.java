package guanxi.model;

import java.util.List;

/** A non-company body acting in one story (agency, university, bank, foundation). */
public record Organization(String name, List<Evidence> mentions) {
    public Organization {
        mentions = List.copyOf(mentions);
    }
}
