package org.shelfmark.yaml;

import java.util.ArrayList;
import java.util.List;
import org.shelfmark.diag.Diagnostic;

/** Collects the diagnostics of one source file, into a list that a whole run may share. */
final class Report {
    private final String source;
    private final List<Diagnostic> diagnostics;
    private int errors;

    Report(String source, List<Diagnostic> sink) {
        this.source = source;
        this.diagnostics = sink;
    }

    Report(String source) {
        this(source, new ArrayList<>());
    }

    String source() {
        return source;
    }

    void error(Node.Position at, String message) {
        errors++;
        diagnostics.add(Diagnostic.error(source, at.line(), at.column(), message));
    }

    void error(Node node, String message) {
        error(node.at(), message);
    }

    void warning(Node.Position at, String message) {
        diagnostics.add(Diagnostic.warning(source, at.line(), at.column(), message));
    }

    /** {@return how many errors this file has had so far} */
    int errorCount() {
        return errors;
    }

    boolean hasErrors() {
        return errors > 0;
    }
}
