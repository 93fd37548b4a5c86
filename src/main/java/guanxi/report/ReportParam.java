package guanxi.report;

/**
 * One declared parameter of a report.
 *
 * @param name         the Cypher parameter name, used as {@code $name} in the query
 * @param type         its type
 * @param description  what it selects
 * @param requirement  whether a value must be given, may be left out (then {@code null}) or has a default
 * @param defaultText  the default as command-line text when {@code requirement} is {@link Requirement#DEFAULT}
 * @param example      an example value as command-line text, or {@code null}
 */
public record ReportParam(String name, ParamType type, String description, Requirement requirement,
                          String defaultText, String example) {

    /** How a parameter behaves when the user gives no value. */
    public enum Requirement { REQUIRED, OPTIONAL, DEFAULT }

    /** The value the driver receives when the user gives none ({@code null} for an optional parameter). */
    public Object defaultValue() {
        return requirement == Requirement.DEFAULT ? type.parse(defaultText) : null;
    }

    /** A value to show in guides and usage: the example, else the default, else {@code null}. */
    public String sampleText() {
        return example != null ? example : defaultText;
    }
}
