package org.shelfmark.diag;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when input holds errors: carries every problem found in it, not only the first.
 */
public final class InvalidDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problems, in the order found; not serialised. */
    private final transient List<Diagnostic> diagnostics;

    /**
     * Makes the exception.
     *
     * @param diagnostics the problems, at least one
     */
    public InvalidDataException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("an InvalidDataException needs at least one diagnostic");
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** {@return every problem found, errors and warnings, in the order found} */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }
}
