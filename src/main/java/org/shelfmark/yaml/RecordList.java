package org.shelfmark.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.yaml.RecordReader.Parsed;
import org.shelfmark.yaml.RecordReader.Strictness;

/** The records of a CSL list (or a part of it) read item by item as taken, with their own problems. */
final class RecordList implements Consumer<Node> {
    private final List<Parsed> records = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Report report;

    /** @param source the file's name, as messages give it */
    RecordList(String source) {
        this.report = new Report(source, diagnostics);
    }

    @Override
    public void accept(Node item) {
        RecordReader.read(item, null, Strictness.CSL_INPUT, report).ifPresent(records::add);
    }

    /** {@return the records read without an error, in the order taken} */
    List<Parsed> records() {
        return records;
    }

    /** {@return the records' problems, in the order found} */
    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
