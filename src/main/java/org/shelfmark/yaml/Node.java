package org.shelfmark.yaml;

import java.util.List;

/**
 * A YAML or JSON value with the place it starts, so every problem found in it can be reported
 * with line and column. Jackson's own trees forget positions; this one keeps them.
 */
public sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {

    /** {@return where the value starts} */
    Position at();

    /** {@return what a message calls this kind of value} */
    String kindName();

    /** A place in a file. */
    record Position(int line, int column) {
    }

    /** A mapping, its keys in file order, each key once. */
    record Mapping(List<Entry> entries, Position at) implements Node {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    /** One key of a mapping, with its own position. */
    record Entry(String key, Position keyAt, Node value) {
    }

    /** A list. */
    record Sequence(List<Node> items, Position at) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /**
     * A single value as written: text, number, boolean or null.
     *
     * @param text   the value as written, or {@code null} for YAML's null
     * @param quoted whether it was a string rather than a number or boolean
     */
    record Scalar(String text, boolean quoted, Position at) implements Node {
        @Override
        public String kindName() {
            return text == null ? "null" : "a single value";
        }
    }
}
