package guanxi.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The parameter types a report header may declare, each with its parser for command-line text. */
public enum ParamType {
    STRING("STRING"),
    INTEGER("INTEGER"),
    FLOAT("FLOAT"),
    BOOLEAN("BOOLEAN"),
    /** Comma-separated on the command line: {@code 市,省,国家}. */
    LIST_OF_STRING("LIST<STRING>");

    private final String declared;

    ParamType(String declared) {
        this.declared = declared;
    }

    /** The spelling used in report headers, e.g. {@code LIST<STRING>}. */
    public String declared() {
        return declared;
    }

    /** The type spelled {@code text} in a header, or {@code null} when there is none. */
    public static ParamType ofDeclared(String text) {
        return Arrays.stream(values()).filter(t -> t.declared.equals(text)).findFirst().orElse(null);
    }

    /**
     * Converts command-line text to the value handed to the driver.
     *
     * @throws IllegalArgumentException with a short reason when the text is not of this type
     */
    public Object parse(String text) {
        return switch (this) {
            case STRING -> text;
            case INTEGER -> {
                try {
                    yield Long.parseLong(text.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a whole number, got '" + text + "'");
                }
            }
            case FLOAT -> {
                try {
                    yield Double.parseDouble(text.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a number, got '" + text + "'");
                }
            }
            case BOOLEAN -> switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> throw new IllegalArgumentException("expected true or false, got '" + text + "'");
            };
            case LIST_OF_STRING -> splitList(text);
        };
    }

    private static List<String> splitList(String text) {
        // Chinese keyboards type the full-width comma and the enumeration comma; accept both.
        return Arrays.stream(text.split("[,，、]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
