package guanxi.report;

/** The user's parameters do not fit the report: missing, unknown or of the wrong type; names the parameter. */
public final class ReportUsageException extends RuntimeException {
    public ReportUsageException(String message) {
        super(message);
    }
}
