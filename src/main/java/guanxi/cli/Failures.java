package guanxi.cli;

import guanxi.page.RejectedInputException;
import guanxi.report.ReportUsageException;
import picocli.CommandLine;

/**
 * The one place where a command's exception becomes a line on stderr and an exit code, for every command: bad usage
 * is 2, a rejected input 3, anything else 1. The line names the command ({@code guanxi import: …}); a fatal error
 * (out of memory, a missing class) is one line saying what to do ({@link Main#fatal}). With {@code --verbose}
 * ({@link Verbose}) the stack trace follows. Commands throw what they cannot handle and leave the rest to this.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IExitCodeExceptionMapper {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean fatal = Main.fatalCause(ex) != null;
        cmd.getErr().println((fatal ? "guanxi" : prefix(cmd)) + ": " + Main.fatal(ex));
        if (verbose(cmd)) {
            ex.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return getExitCode(ex);
    }

    @Override
    public int getExitCode(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ReportUsageException || t instanceof CommandLine.ParameterException) {
                return Main.USAGE;
            }
            if (t instanceof RejectedInputException) {
                return Main.REJECTED_INPUT;
            }
        }
        return Main.FAILURE;
    }

    /** "guanxi report run": the command's full name. */
    private static String prefix(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName(" ");
    }

    /** True when the command, or a command it belongs to, was given {@code --verbose}. */
    private static boolean verbose(CommandLine cmd) {
        for (CommandLine c = cmd; c != null; c = c.getParent()) {
            if (c.getMixins().get("verbose") instanceof Verbose v && v.on()) {
                return true;
            }
        }
        return false;
    }
}
