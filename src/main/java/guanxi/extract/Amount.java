package guanxi.extract;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * An amount of money as printed before 元: Arabic figures (ASCII or full width, 3.5, ３．５), Chinese numerals (五, 二十三,
 * 一点五), units of magnitude (万, 亿, 千万) and mixtures of them (3亿5千万), with 多/余 (more than) ignored. Reads the
 * figure's text and produces its value in yuan; the numerals and their values come from extract/numerals.txt.
 */
final class Amount {

    private final Map<Character, Long> numerals;
    /** A regex character class that matches every character a figure may hold, for patterns that find amounts. */
    final String figure;

    Amount(Map<String, Long> numerals) {
        this.numerals = numerals.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> e.getKey().charAt(0), Map.Entry::getValue));
        this.figure = "[0-9０-９.．点多余" + String.join("", numerals.keySet()) + "]";
    }

    /**
     * The value in yuan of {@code text} (the figure without 元), or empty when it holds no digit or reads as no number.
     * Sections are summed at each 亿 and 万 (3亿5千万: 3×10⁸ + 5×10³×10⁴); 十, 百 and 千 scale the digit before them, or
     * one (十三 is 13).
     */
    OptionalLong yuan(String text) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal number = null;
        boolean digits = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            StringBuilder arabic = new StringBuilder();
            while (i < text.length() && arabicPart(text.charAt(i))) {
                arabic.append(ascii(text.charAt(i)));
                i++;
            }
            if (i > start) {
                try {
                    number = new BigDecimal(arabic.toString());
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
                digits = true;
                continue;
            }
            i++;
            Long value = numerals.get(c);
            if (c == '多' || c == '余') {
                continue;
            }
            if (c == '点') {
                // 一点五: the Chinese digits after 点 are decimals.
                StringBuilder decimals = new StringBuilder(number == null ? "0." : number.toPlainString() + ".");
                while (i < text.length() && numerals.getOrDefault(text.charAt(i), 10L) < 10) {
                    decimals.append(numerals.get(text.charAt(i)));
                    i++;
                }
                number = new BigDecimal(decimals.toString());
                continue;
            }
            if (value == null) {
                return OptionalLong.empty();
            }
            if (value < 10) {
                number = BigDecimal.valueOf(value);
                digits = true;
            } else if (value < 10_000) {
                section = section.add((number == null ? BigDecimal.ONE : number).multiply(BigDecimal.valueOf(value)));
                number = null;
            } else if (value == 10_000) {
                section = section.add(number == null ? BigDecimal.ZERO : number).multiply(BigDecimal.valueOf(value));
                number = null;
            } else {
                total = total.add(section).add(number == null ? BigDecimal.ZERO : number)
                        .multiply(BigDecimal.valueOf(value));
                section = BigDecimal.ZERO;
                number = null;
            }
        }
        if (!digits) {
            return OptionalLong.empty();
        }
        BigDecimal yuan = total.add(section).add(number == null ? BigDecimal.ZERO : number);
        return yuan.signum() > 0 ? OptionalLong.of(yuan.longValue()) : OptionalLong.empty();
    }

    private static boolean arabicPart(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' || c == '.' || c == '．';
    }

    private static char ascii(char c) {
        return c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c;
    }
}
