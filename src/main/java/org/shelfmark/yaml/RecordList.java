package org.shelfmark.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.model.Reference;
import org.shelfmark.yaml.RecordReader.Parsed;
import org.shelfmark.yaml.RecordReader.Strictness;

/** The records of a CSL list (or a part of it) read item by item as taken, with their own problems. */
final class RecordList implements Consumer<Node> {
    private final List<Parsed> records = new ArrayList<>();
    // Each record's reference, kept beside it as it is read: the library's list is then joined from
    // these, not gathered from the records later, when a long list's records have left the cache
    // (a pass over 100,000 of them was 20 ms on one core).
    private final List<Reference> references = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final RecordReader.Shared shared = new RecordReader.Shared();
    private final Report report;

    /** @param source the file's name, as messages give it */
    RecordList(String source) {
        this.report = new Report(source, diagnostics);
    }

    @Override
    public void accept(Node item) {
        Optional<Parsed> read = RecordReader.read(item, null, Strictness.CSL_INPUT, report);
        if (read.isPresent()) {
            Parsed record = read.get().sharing(shared);
            records.add(record);
            references.add(record.reference());
            // the id's hash, worked out while its text is at hand, is kept by the string for the
            // checks of the ids across records, which would read it again from memory
            record.reference().id().hashCode();
        }
    }

    /** {@return the references of the records, in the order taken} */
    List<Reference> references() {
        return references;
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
