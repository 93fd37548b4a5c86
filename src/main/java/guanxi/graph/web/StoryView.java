package guanxi.graph.web;

import java.util.List;

/**
 * What the story reader shows, as read from the graph (immutable; {@link StoryHtml} renders it).
 *
 * @param id        the story id
 * @param title     the headline
 * @param dated     {@code YYYY-MM-DD}, or {@code ????-MM-DD} when no year is known
 * @param doc       the page file
 * @param reporters byline names
 * @param text      the story text as printed; fact spans are offsets into it
 * @param mentions  the entities the story names
 * @param facts     the facts the story states, in text order
 */
public record StoryView(String id, String title, String dated, String doc, List<String> reporters, String text,
                        List<Mention> mentions, List<Fact> facts) {

    public StoryView {
        reporters = List.copyOf(reporters);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }

    /**
     * An entity the story names.
     *
     * @param kind   node label: Person, Company, Organization or Project
     * @param name   the node's name
     * @param forms  every form to look for where no span is known (the headline; a graph loaded before MENTIONS
     *               carried spans): the name, the printed form, aliases
     * @param starts where the story text prints it, as the extractor found it (MENTIONS {@code starts}); may be empty
     * @param ends   the ends of those spans, side by side with {@code starts}
     */
    public record Mention(String kind, String name, List<String> forms, List<Integer> starts, List<Integer> ends) {
        public Mention {
            forms = List.copyOf(forms);
            starts = List.copyOf(starts);
            ends = List.copyOf(ends);
            if (starts.size() != ends.size()) {
                throw new IllegalArgumentException(name + ": " + starts.size() + " starts but " + ends.size() + " ends");
            }
        }

        public Mention(String kind, String name, List<String> forms) {
            this(kind, name, forms, List.of(), List.of());
        }
    }

    /**
     * One fact: a role in the story's event (no {@code to}) or a relation between two entities.
     *
     * @param start offset in {@link #text()} where its span starts, null when unknown
     * @param end   offset after the span, null when unknown
     */
    public record Fact(String type, String fromKind, String from, String toKind, String to, String title,
                       String evidence, String rule, Integer start, Integer end) {

        /** Whether the span lies inside a text of this length and can be highlighted. */
        boolean spans(int length) {
            return start != null && end != null && start >= 0 && start < end && end <= length;
        }
    }

    /** One row of the story list. */
    public record Row(String id, String title, String dated, String doc, long facts) {
    }
}
