package guanxi.cli;

import picocli.CommandLine.Option;

/**
 * The one {@code --verbose} of every command: the stack trace of an unexpected error (printed by {@link Failures}),
 * and whatever more the command itself shows (serve: Neo4j's own log; report list: each report's description).
 */
public final class Verbose {

    @Option(names = "--verbose", description = "Say more: the stack trace of an unexpected error, and what the command "
            + "adds (serve: Neo4j's own log; report list: each report's description and parameters).")
    boolean on;

    /** True when {@code --verbose} was given. */
    public boolean on() {
        return on;
    }
}
