package guanxi.model;

/** The kinds of named things guanxi extracts. */
public enum EntityKind {
    PERSON, COMPANY, ORGANIZATION, PROJECT
}
