package org.shelfmark.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shelfmark.diag.Suggestions;

/**
 * Reads {@code index.yaml}: the list's {@code title}, its {@code introduction}, and the
 * {@code order} of its records by id.
 */
final class IndexReader {

    private static final Set<String> KEYS = Set.of("title", "introduction", "order");

    /** A list's index. */
    record Index(String title, String introduction, List<Item> order) {

        /** One id of the order, with where it is written. */
        record Item(String id, Node.Position at) {
        }
    }

    private IndexReader() {
    }

    static Optional<Index> read(Node tree, Report report) {
        if (!(tree instanceof Node.Mapping map)) {
            report.error(tree, "the index must be a mapping with 'title', 'introduction' and 'order'");
            return Optional.empty();
        }
        String title = null;
        String intro = "";
        List<Index.Item> order = new ArrayList<>();
        for (Node.Entry e : map.entries()) {
            switch (e.key()) {
                case "title" -> title = TextValues.text(e.value(), report).orElse(null);
                case "introduction" -> intro = TextValues.text(e.value(), report).orElse("");
                case "order" -> order = order(e.value(), report);
                default -> {
                    List<String> near = Suggestions.closest(e.key(), KEYS, 1);
                    report.error(e.keyAt(), "unknown field '" + e.key() + "' in the index"
                            + (near.isEmpty() ? "; the index has title, introduction and order"
                                    : "; did you mean '" + near.get(0) + "'?"));
                }
            }
        }
        if (title == null) {
            report.error(map, "missing required field 'title' in the index");
            return Optional.empty();
        }
        return Optional.of(new Index(title, intro, order));
    }

    private static List<Index.Item> order(Node value, Report report) {
        if (!(value instanceof Node.Sequence seq)) {
            report.error(value, "order must be a list of record ids");
            return List.of();
        }
        List<Index.Item> items = new ArrayList<>();
        for (Node n : seq.items()) {
            TextValues.text(n, report).ifPresent(id -> items.add(new Index.Item(id, n.at())));
        }
        return items;
    }
}
