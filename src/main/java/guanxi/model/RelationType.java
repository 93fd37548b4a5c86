package guanxi.model;

/** The relation types of the annotation guidelines. Roles have no {@code to}: they point at the story's event. */
public enum RelationType {
    LED(false), PRESIDED(false), ATTENDED(false),
    ACCOMPANIED(true), MET(true), VISITED(true), SIGNED(true), INVESTS_IN(true), EXECUTIVE_OF(true), SUBSIDIARY_OF(true);

    private final boolean binary;

    RelationType(boolean binary) {
        this.binary = binary;
    }

    /** True when the relation links two entities, false for a role in the story's own event. */
    public boolean binary() {
        return binary;
    }
}
