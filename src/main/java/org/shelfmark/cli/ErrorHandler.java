package org.shelfmark.cli;

import org.shelfmark.diag.Diagnostic;
import org.shelfmark.diag.InvalidDataException;
import org.shelfmark.diag.UnknownNameException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into what a user should see: one line per diagnostic, no stack trace unless
 * {@code --debug}, and the exit code: 2 for a name that does not exist (a usage error), 1 for
 * invalid data or any other failure.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int DATA_ERROR = 1;
    static final int USAGE_ERROR = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        var err = cli.getErr();
        if (e instanceof InvalidDataException invalid) {
            invalid.diagnostics().stream().map(Diagnostic::toString).forEach(err::println);
        } else {
            err.println("shelfmark: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        if (isDebug(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode(e);
    }

    static int exitCode(Throwable e) {
        return e instanceof UnknownNameException || e instanceof CommandLine.ParameterException
                ? USAGE_ERROR : DATA_ERROR;
    }

    // --debug is inherited by every subcommand, so it may be matched at any level.
    private static boolean isDebug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
