package org.shelfmark.yaml;

import java.util.ArrayList;
import java.util.List;
import org.shelfmark.diag.Diagnostic;

/** Collects the diagnostics of one source file. */
final class Report {
    private final String source;
    private final List<Diagnostic> diagnostics;

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
        diagnostics.add(Diagnostic.error(source, at.line(), at.column(), message));
    }

    void error(Node node, String message) {
        error(node.at(), message);
    }

    void warning(Node.Position at, String message) {
        diagnostics.add(Diagnostic.warning(source, at.line(), at.column(), message));
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
