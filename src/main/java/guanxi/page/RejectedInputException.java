package guanxi.page;

import java.nio.file.Path;

/**
 * A page file that cannot be read as a page (binary, empty, no Chinese text, too large).
 * Unchecked so that a batch can catch it per file and go on with the other pages;
 * {@link #getMessage()} is one line naming the file and the reason.
 */
public final class RejectedInputException extends RuntimeException {
    private final transient Path file;
    private final String reason;

    public RejectedInputException(Path file, String reason) {
        super(file + ": rejected: " + reason);
        this.file = file;
        this.reason = reason;
    }

    public RejectedInputException(Path file, String reason, Throwable cause) {
        super(file + ": rejected: " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The rejected file as given. */
    public Path file() {
        return file;
    }

    /** Why it was rejected, without the file name. */
    public String reason() {
        return reason;
    }
}
