package org.shelfmark.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.diag.Suggestions;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Relation;
import org.shelfmark.yaml.RecordReader.Parsed;

/**
 * Checks that span records: ids are unique, relations point at records that exist, and the
 * index's order names each record once.
 */
final class CrossChecks {

    private final List<Diagnostic> diagnostics;

    CrossChecks(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Checks ids and relations.
     *
     * @param records the records, in their order
     * @return the first record of each id, in the records' order
     */
    Map<String, Parsed> check(List<Parsed> records) {
        Map<String, Parsed> byId = new LinkedHashMap<>(records.size() * 4 / 3 + 1);
        // the records that relate to others, noted on the way: most have no relations, and a
        // second pass over a long list's records reads each from memory again
        List<Parsed> relating = new ArrayList<>();
        for (Parsed p : records) {
            Reference r = p.reference();
            Parsed first = byId.putIfAbsent(r.id(), p);
            if (first != null) {
                error(p, p.idAt(), "duplicate id '" + r.id() + "': " + where(first, first.idAt())
                        + " uses it already");
            }
            if (!r.notes().relations().isEmpty()) {
                relating.add(p);
            }
        }
        for (Parsed p : relating) {
            checkRelations(p, byId);
        }
        return byId;
    }

    private void checkRelations(Parsed p, Map<String, Parsed> byId) {
        List<Relation> relations = p.reference().notes().relations();
        for (int i = 0; i < relations.size(); i++) {
            Relation r = relations.get(i);
            if (!byId.containsKey(r.target())) {
                List<String> near = Suggestions.closest(r.target(), byId.keySet(), 3);
                error(p, p.relationAt().get(i), "relation " + r.kind() + " names unknown id '" + r.target() + "'"
                        + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
            } else if (r.target().equals(p.reference().id())) {
                error(p, p.relationAt().get(i), "relation " + r.kind() + " points at the record itself");
            }
        }
    }

    /**
     * {@return the records in the index's order, those it does not name last, reporting ids it names wrongly}
     *
     * @param index       the index
     * @param byId        the first record of each id, in the records' order ({@link #check})
     * @param indexSource the index's file, as messages give it
     */
    List<Parsed> order(IndexReader.Index index, Map<String, Parsed> byId, String indexSource) {
        List<Parsed> ordered = new ArrayList<>();
        Map<String, Node.Position> listed = new HashMap<>();
        for (IndexReader.Index.Item item : index.order()) {
            Node.Position first = listed.putIfAbsent(item.id(), item.at());
            if (first != null) {
                diagnostics.add(Diagnostic.error(indexSource, item.at().line(), item.at().column(),
                        "'" + item.id() + "' is listed twice; first at line " + first.line()));
            } else if (byId.containsKey(item.id())) {
                ordered.add(byId.get(item.id()));
            } else {
                List<String> near = Suggestions.closest(item.id(), byId.keySet(), 3);
                diagnostics.add(Diagnostic.error(indexSource, item.at().line(), item.at().column(),
                        "order names unknown id '" + item.id() + "'"
                                + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?")));
            }
        }
        for (Parsed p : byId.values()) {
            if (!listed.containsKey(p.reference().id())) {
                diagnostics.add(Diagnostic.warning(indexSource, 0, 0, "record '" + p.reference().id()
                        + "' is not in the order; it is listed last"));
                ordered.add(p);
            }
        }
        return ordered;
    }

    private void error(Parsed p, Node.Position at, String message) {
        diagnostics.add(Diagnostic.error(sourceOf(p), at.line(), at.column(), message));
    }

    private static String where(Parsed p, Node.Position at) {
        return sourceOf(p) + ":" + at.line() + ":" + at.column();
    }

    private static String sourceOf(Parsed p) {
        return p.source();
    }
}
