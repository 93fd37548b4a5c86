package guanxi.report;

/** A report file whose header or parameters cannot be understood; the message names the file and line. */
public final class ReportFormatException extends RuntimeException {
    public ReportFormatException(String message) {
        super(message);
    }
}
