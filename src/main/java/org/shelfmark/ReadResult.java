package org.shelfmark;

import java.util.List;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.model.Reference;

/**
 * What reading a file gave: the records read without an error of their own, and every problem
 * found, so that a caller may keep the good records and report the rest.
 *
 * @param references  the records without errors, in the file's order, each id once
 * @param diagnostics every error and warning, each {@code file:line:column: message}
 */
public record ReadResult(List<Reference> references, List<Diagnostic> diagnostics) {

    /** Copies the lists. */
    public ReadResult {
        references = List.copyOf(references);
        diagnostics = List.copyOf(diagnostics);
    }

    /** {@return whether any diagnostic is an error} */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
