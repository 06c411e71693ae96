package org.shelfmark.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shelfmark.diag.Suggestions;
import org.shelfmark.model.Name;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.Person;

/**
 * Reads names: a person as {@code {family: ..., given: ...}} or {@code "Family, Given"}; an
 * organisation as {@code {literal: ...}}.
 */
final class NameReader {

    private static final Set<String> PARTS = Set.of(
            "family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal");

    private final Report report;

    NameReader(Report report) {
        this.report = report;
    }

    /** {@return the names of a list (or of a single name), or empty after reporting a problem} */
    Optional<List<Name>> readList(Node value) {
        List<Node> items = value instanceof Node.Sequence seq ? seq.items() : List.of(value);
        List<Name> result = new ArrayList<>();
        boolean ok = true;
        for (Node item : items) {
            Optional<Name> name = read(item);
            ok &= name.isPresent();
            name.ifPresent(result::add);
        }
        return ok ? Optional.of(result) : Optional.empty();
    }

    private Optional<Name> read(Node node) {
        if (node instanceof Node.Mapping map) {
            return fromParts(map);
        }
        return TextValues.text(node, report).flatMap(s -> fromString(s, node));
    }

    private Optional<Name> fromString(String s, Node at) {
        int comma = s.indexOf(',');
        if (comma <= 0 || s.substring(comma + 1).isBlank()) {
            report.error(at, "name '" + s + "' is ambiguous: write a person as 'Family, Given'"
                    + " or {family: ..., given: ...}, an organisation as {literal: ...}");
            return Optional.empty();
        }
        return Optional.of(Person.of(s.substring(0, comma).strip(), s.substring(comma + 1).strip()));
    }

    private Optional<Name> fromParts(Node.Mapping map) {
        Map<String, String> parts = new HashMap<>();
        for (Node.Entry e : map.entries()) {
            if (!PARTS.contains(e.key())) {
                List<String> near = Suggestions.closest(e.key(), PARTS, 1);
                report.error(e.keyAt(), "unknown name part '" + e.key() + "'"
                        + (near.isEmpty() ? "; a name has family, given, non-dropping-particle,"
                                + " dropping-particle, suffix, or literal" : "; did you mean '" + near.get(0) + "'?"));
                continue;
            }
            TextValues.text(e.value(), report).ifPresent(t -> parts.put(e.key(), t));
        }
        return build(parts, map);
    }

    private Optional<Name> build(Map<String, String> parts, Node.Mapping at) {
        if (parts.containsKey("literal")) {
            if (parts.size() > 1) {
                report.error(at, "an organisation ({literal: ...}) has no other name parts");
                return Optional.empty();
            }
            return Optional.of(new Organisation(parts.get("literal")));
        }
        if (!parts.containsKey("family")) {
            report.error(at, "a person needs 'family'; an organisation is written {literal: ...}");
            return Optional.empty();
        }
        return Optional.of(new Person(parts.get("family"), parts.get("given"),
                parts.get("dropping-particle"), parts.get("non-dropping-particle"), parts.get("suffix")));
    }
}
