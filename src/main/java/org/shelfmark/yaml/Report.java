package org.shelfmark.yaml;

import java.util.ArrayList;
import java.util.List;
import org.shelfmark.diag.Diagnostic;

/** Collects the diagnostics of one source file, into a list that a whole run may share. */
public final class Report {
    private final String source;
    private final List<Diagnostic> diagnostics;
    private int errors;

    /**
     * A report on one file.
     *
     * @param source the file's name, as messages give it
     * @param sink   where the diagnostics go
     */
    public Report(String source, List<Diagnostic> sink) {
        this.source = source;
        this.diagnostics = sink;
    }

    Report(String source) {
        this(source, new ArrayList<>());
    }

    String source() {
        return source;
    }

    /** Records an error at a place. */
    public void error(Node.Position at, String message) {
        errors++;
        diagnostics.add(Diagnostic.error(source, at.line(), at.column(), message));
    }

    void error(Node node, String message) {
        error(node.at(), message);
    }

    /** Records a warning at a place. */
    public void warning(Node.Position at, String message) {
        diagnostics.add(Diagnostic.warning(source, at.line(), at.column(), message));
    }

    /** {@return how many errors this file has had so far} */
    int errorCount() {
        return errors;
    }

    /** {@return whether any error has been recorded} */
    public boolean hasErrors() {
        return errors > 0;
    }
}
