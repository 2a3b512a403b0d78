package org.paperkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.paperkg.ingest.InputProblems;
import org.paperkg.store.StoreDamagedException;
import picocli.CommandLine;

/**
 * Turns the failures a user can cause (a missing file, bad input in strict mode, a bad option value)
 * into one line on standard error and a non-zero exit, instead of a stack trace. Anything else is a
 * bug and keeps its stack trace, printed only with --verbose.
 */
final class UserErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        String message;
        if (t instanceof InputProblems.BadInputException) {
            message = "stopped at the first bad record (--strict): " + t.getMessage();
        } else if (t instanceof java.nio.file.NoSuchFileException) {
            message = t.getMessage() + ": no such file";
        } else if (t instanceof IOException || t instanceof IllegalArgumentException || t instanceof CliException
                || t instanceof StoreDamagedException) {
            message = t.getMessage();
        } else {
            message = "internal error: " + t + " (run with --verbose for details)";
            if (parsed.hasMatchedOption("--verbose")) {
                t.printStackTrace(cl.getErr());
            }
        }
        cl.getErr().println("paperkg " + cl.getCommandName() + ": " + message);
        return t instanceof InputProblems.BadInputException ? 3 : 1;
    }

    /** A failure whose message is meant for the user as it is. */
    static final class CliException extends RuntimeException {
        CliException(String message) {
            super(message);
        }
    }
}
