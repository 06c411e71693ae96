package org.shelfmark.yaml;

import java.util.Optional;

/** Reads single text values out of a tree, reporting values of another shape. */
final class TextValues {

    private TextValues() {
    }

    /**
     * {@return the text of a single value, numbers as written, or empty after reporting a
     * list, a mapping, a null or a blank string}
     */
    static Optional<String> text(Node value, Report report) {
        if (value instanceof Node.Scalar s && s.text() != null) {
            if (s.text().isBlank()) {
                report.error(value, "the value is empty: leave the field out instead");
                return Optional.empty();
            }
            return Optional.of(s.text().strip());
        }
        report.error(value, "expected a single value, not " + value.kindName());
        return Optional.empty();
    }
}
