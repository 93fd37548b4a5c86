package guanxi.nlp;

/**
 * One word of a segmented text.
 *
 * @param word  the word as printed
 * @param tag   HanLP's part-of-speech tag, e.g. {@code nr} (person), {@code ns} (place), {@code nt} (organisation),
 *              {@code nnt} (title), {@code m} (numeral), {@code w} (punctuation)
 * @param start offset of the first character in the segmented text
 * @param end   offset after the last character
 */
public record Token(String word, String tag, int start, int end) {

    /** True for HanLP's person-name tags (nr, nrf, nrj, nr1, nr2). */
    public boolean isPersonName() {
        return tag.startsWith("nr");
    }
}
