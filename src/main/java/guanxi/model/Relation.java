package guanxi.model;

/**
 * A typed relation stated in one story.
 *
 * @param type     the relation type
 * @param from     the source entity's name
 * @param fromKind the source entity's kind
 * @param to       the target entity's name, {@code null} for a role in the story's event
 * @param toKind   the target entity's kind, {@code null} with {@code to}
 * @param title    for EXECUTIVE_OF, the post held; otherwise {@code null}
 * @param evidence the sentence and span that state it and the rule that fired
 */
public record Relation(RelationType type, String from, EntityKind fromKind, String to, EntityKind toKind,
                       String title, Evidence evidence) {
}
