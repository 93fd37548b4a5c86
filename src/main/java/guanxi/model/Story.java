package guanxi.model;

import java.util.List;

/**
 * One news story cut from a page.
 *
 * @param id        stable id: the same page text gives the same id (a hash of doc and story text)
 * @param doc       the page's file name
 * @param title     the headline as printed; a sub-headline is joined after one space
 * @param date      {@code YYYY-MM-DD} when the year is known, {@code MM-DD} otherwise, or {@code null}
 * @param reporters byline names in printed order
 * @param text      the story body, verbatim, broken sentences rejoined, paragraphs separated by {@code \n}
 * @param sentences the body split into sentences, with offsets into {@code text}
 */
public record Story(String id, String doc, String title, String date, List<String> reporters,
                    String text, List<Sentence> sentences) {
    public Story {
        reporters = List.copyOf(reporters);
        sentences = List.copyOf(sentences);
    }
}
