package org.shelfmark.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in input, with where it is.
 *
 * @param source   the file (or other input) it is in, as the user named it
 * @param line     the line, counted from 1, or 0 when the problem is not at one place
 * @param column   the column, counted from 1, or 0 when not known
 * @param severity how serious it is
 * @param message  what is wrong, naming the value and what is allowed
 */
public record Diagnostic(String source, int line, int column, Severity severity, String message) {

    /** Orders diagnostics by source, then line, then column. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator.comparing(Diagnostic::source)
            .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

    /** Checks the parts. */
    public Diagnostic {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /**
     * {@return an error}
     *
     * @param source  the file
     * @param line    the line
     * @param column  the column
     * @param message what is wrong
     */
    public static Diagnostic error(String source, int line, int column, String message) {
        return new Diagnostic(source, line, column, Severity.ERROR, message);
    }

    /**
     * {@return a warning}
     *
     * @param source  the file
     * @param line    the line
     * @param column  the column
     * @param message what a curator should look at
     */
    public static Diagnostic warning(String source, int line, int column, String message) {
        return new Diagnostic(source, line, column, Severity.WARNING, message);
    }

    /** {@return whether this is an error} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@return the diagnostic as compilers print them: {@code file:line:column: message}, with
     * {@code warning: } before the message of a warning; line and column are left out when unknown}
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(source);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ");
        if (severity == Severity.WARNING) {
            s.append("warning: ");
        }
        return s.append(message).toString();
    }
}
