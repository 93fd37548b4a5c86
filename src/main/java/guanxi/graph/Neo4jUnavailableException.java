package guanxi.graph;

/** The graph database could not be reached or refused us; the message is one line naming the address and cause. */
public final class Neo4jUnavailableException extends RuntimeException {
    public Neo4jUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
