package guanxi.extract;

import java.util.BitSet;

/**
 * A fixed set of characters asked about at every character of every sentence (punctuation that ends a name,
 * characters no name ends with…): one bit test instead of a scan of the characters' string.
 */
final class CharSet {

    private final BitSet bits = new BitSet(Character.MAX_VALUE + 1);

    private CharSet(String chars) {
        chars.chars().forEach(bits::set);
    }

    /** The set of the characters of {@code chars} (BMP characters; no name text holds others here). */
    static CharSet of(String chars) {
        return new CharSet(chars);
    }

    /** True when {@code c} is one of the set's characters (as {@code chars.indexOf(c) >= 0}). */
    boolean contains(char c) {
        return bits.get(c);
    }
}
