package org.shelfmark.yaml;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shelfmark.diag.Suggestions;
import org.shelfmark.model.Access;
import org.shelfmark.model.AccessKind;
import org.shelfmark.model.DateRole;
import org.shelfmark.model.DateValue;
import org.shelfmark.model.Doi;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.Name;
import org.shelfmark.model.NameRole;
import org.shelfmark.model.ReadingNotes;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Relation;
import org.shelfmark.model.RelationKind;
import org.shelfmark.model.Variable;
import org.shelfmark.yaml.Fields.Field;

/**
 * Turns the tree of one record into a {@link Reference}, reporting every problem it finds
 * with its position: unknown fields, values of the wrong shape, missing required fields,
 * invalid DOIs, impossible dates and malformed URLs.
 */
final class RecordReader {

    /** How unknown keys are treated. */
    enum Strictness {
        /** A record file: an unknown key is an error. */
        RECORD_FILE,
        /** A CSL-JSON or CSL-YAML file from another tool: an unknown key is a warning, and skipped. */
        CSL_INPUT
    }

    /**
     * A record read, with the positions later checks across records need. A large file's records
     * are all held at once, and copied once by the collector as they are read: the positions are
     * kept as numbers, and the keys and their lines as arrays that records written alike share
     * ({@link #sharing}), not as objects and maps that cost more than the record they describe.
     *
     * @param reference  the record
     * @param source     the file it was read from
     * @param line       the line the record starts on
     * @param column     the column it starts at
     * @param idLine     the line its id is written on, or the record's when the id came from the file name
     * @param idColumn   the column its id starts at, or the record's
     * @param relationAt where each relation's target is written, parallel to the relations
     * @param keys       the record's keys as written, each once
     * @param keyOffsets the line of each key less the record's, parallel to the keys
     */
    record Parsed(Reference reference, String source, int line, int column, int idLine, int idColumn,
            List<Node.Position> relationAt, String[] keys, int[] keyOffsets) {

        /** {@return where the record starts} */
        Node.Position at() {
            return new Node.Position(line, column);
        }

        /** {@return where its id is written} */
        Node.Position idAt() {
            return new Node.Position(idLine, idColumn);
        }

        /** {@return the line of each key, parallel to the keys} */
        int[] keyLines() {
            int[] lines = new int[keyOffsets.length];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = line + keyOffsets[i];
            }
            return lines;
        }

        /**
         * {@return this record, its keys and their offsets those of an earlier record where they
         * are the same} A long list's records mostly have the keys of a few kinds of record, in
         * a few layouts.
         *
         * @param seen the arrays of the records before, as {@link #sharing} gave them
         */
        Parsed sharing(Shared seen) {
            String[] k = seen.keys(keys);
            int[] o = seen.offsets(keyOffsets);
            return k == keys && o == keyOffsets ? this
                    : new Parsed(reference, source, line, column, idLine, idColumn, relationAt, k, o);
        }

        /** {@return where the record came from, line by field} */
        RecordSource where() {
            Map<String, Integer> lines = new java.util.HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                lines.putIfAbsent(keys[i], line + keyOffsets[i]);
            }
            return new RecordSource(source, line, lines);
        }
    }

    /**
     * The keys and key offsets of the last few records of a list that differed, for later records
     * to share ({@link Parsed#sharing}). Not safe for use by several threads.
     */
    static final class Shared {
        private final Kept<String[]> keys = new Kept<>(Arrays::equals);
        private final Kept<int[]> offsets = new Kept<>(Arrays::equals);

        /** {@return an array kept with these keys, or these, kept from now on} */
        String[] keys(String[] given) {
            return keys.shared(given);
        }

        /** {@return an array kept with these offsets, or these, kept from now on} */
        int[] offsets(int[] given) {
            return offsets.shared(given);
        }
    }

    // the last few arrays of one kind that differed, the oldest given up for a new one
    private static final class Kept<T> {
        private static final int KEPT = 16;
        private final Object[] kept = new Object[KEPT];
        private final java.util.function.BiPredicate<T, T> same;
        private int next;

        Kept(java.util.function.BiPredicate<T, T> same) {
            this.same = same;
        }

        @SuppressWarnings("unchecked") // only arrays of T are kept
        T shared(T given) {
            for (Object k : kept) {
                if (k != null && same.test((T) k, given)) {
                    return (T) k;
                }
            }
            kept[next] = given;
            next = (next + 1) % KEPT;
            return given;
        }
    }

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
    private static final String ID_RULE = "an id is letters, digits and . _ : -, starting with a letter or digit";

    private final Report report;
    private final Strictness strictness;
    private final NameReader names;

    private String id;
    private Node.Position idAt;
    private ItemType type;
    // what has been read, a slot for each constant (an EnumMap a kind of field, made and walked for
    // every record of a long list, cost more than the reading of some fields)
    private static final Variable[] VARIABLES = Variable.values();
    private static final NameRole[] NAME_ROLES = NameRole.values();
    private static final DateRole[] DATE_ROLES = DateRole.values();
    private final String[] variables = new String[VARIABLES.length];
    private final Object[] nameLists = new Object[NAME_ROLES.length];
    private final DateValue[] dates = new DateValue[DATE_ROLES.length];
    private Doi doi;
    private String annotation;
    private final List<String> keywords = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Node.Position> relationAt = new ArrayList<>();
    private Access access;
    private boolean typeSeen;

    private RecordReader(Report report, Strictness strictness) {
        this.report = report;
        this.strictness = strictness;
        this.names = new NameReader(report);
    }

    /**
     * Reads one record.
     *
     * @param node       the record's tree
     * @param fileId     the id the file name gives, or {@code null} when the record must carry its own
     * @param strictness how unknown keys are treated
     * @param report     where problems go
     * @return the record, or empty when it has errors
     */
    static Optional<Parsed> read(Node node, String fileId, Strictness strictness, Report report) {
        if (!(node instanceof Node.Mapping map)) {
            report.error(node, "a record must be a mapping of fields, not " + node.kindName());
            return Optional.empty();
        }
        int errorsBefore = report.errorCount();
        if (fileId != null && !ID.matcher(fileId).matches()) {
            report.error(map, "the file name gives the id '" + fileId + "', which is not allowed: " + ID_RULE);
        }
        RecordReader r = new RecordReader(report, strictness);
        r.id = fileId;
        r.idAt = map.at();
        map.entries().forEach(r::entry);
        r.checkRequired(map);
        if (report.errorCount() > errorsBefore || r.type == null || r.id == null) {
            return Optional.empty();
        }
        List<Node.Entry> entries = map.entries();
        String[] keys = new String[entries.size()];
        int[] keyOffsets = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = entries.get(i).key();
            keyOffsets[i] = entries.get(i).keyLine() - map.line();
        }
        return Optional.of(new Parsed(r.build(), report.source(), map.line(), map.column(), r.idAt.line(), r.idAt.column(),
                List.copyOf(r.relationAt), keys, keyOffsets));
    }

    @SuppressWarnings("unchecked") // each slot of the name lists holds a List<Name>
    private Reference build() {
        Reference.Builder b = Reference.builder(id, type);
        for (int i = 0; i < variables.length; i++) {
            if (variables[i] != null) {
                b.set(VARIABLES[i], variables[i]);
            }
        }
        for (int i = 0; i < nameLists.length; i++) {
            if (nameLists[i] != null) {
                b.names(NAME_ROLES[i], (List<Name>) nameLists[i]);
            }
        }
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] != null) {
                b.date(DATE_ROLES[i], dates[i]);
            }
        }
        // most records of a long list say nothing of their own: they share the notes that say nothing
        boolean noNotes = annotation == null && keywords.isEmpty() && relations.isEmpty() && access == null;
        return b.doi(doi)
                .notes(noNotes ? ReadingNotes.NONE : new ReadingNotes(annotation, keywords, relations, access))
                .build();
    }

    private void entry(Node.Entry e) {
        String key = strictness == Strictness.CSL_INPUT
                ? Fields.CSL_JSON_SYNONYMS.getOrDefault(e.key(), e.key()) : e.key();
        Field field = Fields.BY_KEY.get(key);
        if (field == null) {
            unknownField(e);
            return;
        }
        if (e.value() instanceof Node.Scalar s && s.text() == null) {
            return; // "field: ~" or "field:" says the field is absent
        }
        switch (field.kind()) {
            case ID -> readId(e.value());
            case TYPE -> readType(e.value());
            case TEXT -> readText((Variable) field.target(), e.value());
            case NAMES -> names.readList(e.value()).ifPresent(l -> nameLists[((NameRole) field.target()).ordinal()] = l);
            case DATE -> DateReader.read(e.value(), report).ifPresent(d -> dates[((DateRole) field.target()).ordinal()] = d);
            case DOI -> readDoi(e.value());
            case ANNOTATION -> text(e.value()).ifPresent(a -> annotation = a);
            case KEYWORDS -> readKeywords(e.value());
            case RELATIONS -> readRelations(e.value());
            case ACCESS -> readAccess(e.value());
        }
    }

    private void unknownField(Node.Entry e) {
        List<String> near = Suggestions.closest(e.key(), Fields.BY_KEY.keySet(), 1);
        String message = "unknown field '" + e.key() + "'"
                + (near.isEmpty() ? "" : "; did you mean '" + near.get(0) + "'?");
        if (strictness == Strictness.RECORD_FILE) {
            report.error(e.keyAt(), message);
        } else {
            report.warning(e.keyAt(), message + " (skipped)");
        }
    }

    private void readId(Node value) {
        text(value).ifPresent(given -> {
            // A record's id names its file; ids from other tools (Zotero's "1234567/ABCD1234") need not.
            if (strictness == Strictness.RECORD_FILE && !ID.matcher(given).matches()) {
                report.error(value, "id '" + given + "' is not allowed: " + ID_RULE);
            } else if (id != null && !id.equals(given)) {
                report.error(value, "id '" + given + "' differs from the file name, which gives '" + id
                        + "': rename the file or the id");
            } else {
                id = given;
                idAt = value.at();
            }
        });
    }

    private void readType(Node value) {
        typeSeen = true;
        text(value).ifPresent(name -> {
            type = ItemType.ofCslName(name).orElse(null);
            if (type == null) {
                List<String> near = Suggestions.closest(name,
                        java.util.Arrays.stream(ItemType.values()).map(ItemType::cslName).toList(), 3);
                report.error(value, "unknown type '" + name + "'"
                        + (near.isEmpty() ? "; see the CSL item types" : "; did you mean " + quoteAll(near) + "?"));
            }
        });
    }

    private void readText(Variable variable, Node value) {
        text(value).ifPresent(t -> {
            if (variable == Variable.URL && !checkUrl(t, value)) {
                return;
            }
            variables[variable.ordinal()] = t;
        });
    }

    private boolean checkUrl(String url, Node at) {
        if (plainHttpUrl(url)) {
            return true;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                report.error(at, "malformed URL '" + url + "': a URL starts http:// or https:// and names a host");
                return false;
            }
            return true;
        } catch (URISyntaxException e) {
            report.error(at, "malformed URL '" + url + "': " + e.getReason() + " at character " + (e.getIndex() + 1));
            return false;
        }
    }

    /**
     * Whether a URL is plainly one that {@link URI} reads with an http or https scheme and a host:
     * {@code http://} or {@code https://}, a host name of letters, digits, hyphens and dots (its
     * last label starting with a letter), then only characters that URI takes anywhere in a path,
     * query or fragment, a {@code %} with two hex digits, and at most one {@code #}. A URL that is
     * not plain is left to {@code URI}, which says what is wrong with it: parsing each URL of a long
     * list was 2% of the CPU of exporting it (34 of 1,666 samples of 1 ms, 100,000 records).
     */
    static boolean plainHttpUrl(String url) {
        int at = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
        if (at < 0) {
            return false;
        }
        at = hostEnd(url, at);
        if (at < 0) {
            return false;
        }
        boolean fragment = false;
        for (; at < url.length(); at++) {
            char c = url.charAt(at);
            if (c == '%') {
                if (at + 2 >= url.length() || !hex(url.charAt(at + 1)) || !hex(url.charAt(at + 2))) {
                    return false;
                }
                at += 2;
            } else if (c == '#') {
                if (fragment) {
                    return false;
                }
                fragment = true;
            } else if (c >= 0x80 || !URL_CHARACTER[c]) {
                return false;
            }
        }
        return true;
    }

    // where a host name that starts at a place ends (at '/', '?', '#' or the end), or -1 when it is
    // not plainly one: labels of letters, digits and hyphens, neither starting nor ending with a
    // hyphen, between single dots, the last starting with a letter; no port, no user
    private static int hostEnd(String url, int start) {
        int at = start;
        int label = start;
        while (true) {
            char c = at < url.length() ? url.charAt(at) : '/';
            if (c == '.' || c == '/' || c == '?' || c == '#') {
                if (at == label || url.charAt(label) == '-' || url.charAt(at - 1) == '-') {
                    return -1;
                }
                if (c != '.') {
                    return asciiLetter(url.charAt(label)) ? at : -1;
                }
                label = at + 1;
            } else if (!asciiLetter(c) && !(c >= '0' && c <= '9') && c != '-') {
                return -1;
            }
            at++;
        }
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    // what URI takes in a path, a query and a fragment alike: letters, digits, its marks
    // (-_.!~*'()) and the reserved characters ;/:@&=+$, with ?, which starts or is in the query
    private static final boolean[] URL_CHARACTER = new boolean[0x80];

    static {
        for (char c = '0'; c <= '9'; c++) {
            URL_CHARACTER[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            URL_CHARACTER[c] = true;
            URL_CHARACTER[Character.toUpperCase(c)] = true;
        }
        for (char c : "-_.!~*'();/:@&=+$,?".toCharArray()) {
            URL_CHARACTER[c] = true;
        }
    }

    private void readDoi(Node value) {
        text(value).ifPresent(t -> {
            try {
                doi = Doi.parse(t);
            } catch (IllegalArgumentException e) {
                report.error(value, "invalid DOI: " + e.getMessage());
            }
        });
    }

    private void readKeywords(Node value) {
        if (value instanceof Node.Scalar s && s.text() != null) {
            // CSL-JSON keeps keywords in one string, separated by commas
            for (String k : s.text().split(",")) {
                if (!k.isBlank()) {
                    keywords.add(k.strip());
                }
            }
            return;
        }
        for (Node item : items(value, "keywords")) {
            text(item).ifPresent(keywords::add);
        }
    }

    private void readRelations(Node value) {
        if (!(value instanceof Node.Mapping map)) {
            report.error(value, "relations must be a mapping such as 'see-also: [other-id]', not " + value.kindName());
            return;
        }
        for (Node.Entry e : map.entries()) {
            Optional<RelationKind> kind = RelationKind.ofKey(e.key());
            if (kind.isEmpty()) {
                report.error(e.keyAt(), "unknown relation '" + e.key() + "'; relations are " + keysOf(RelationKind.values()));
                continue;
            }
            for (Node target : items(e.value(), e.key())) {
                text(target).ifPresent(t -> {
                    relations.add(new Relation(kind.get(), t));
                    relationAt.add(target.at());
                });
            }
        }
    }

    private void readAccess(Node value) {
        Node kindNode = value;
        String note = null;
        if (value instanceof Node.Mapping map) {
            kindNode = null;
            for (Node.Entry e : map.entries()) {
                switch (e.key()) {
                    case "kind" -> kindNode = e.value();
                    case "note" -> note = text(e.value()).orElse(null);
                    default -> report.error(e.keyAt(), "unknown access field '" + e.key() + "'; access has 'kind' and 'note'");
                }
            }
            if (kindNode == null) {
                report.error(value, "access needs a 'kind': one of " + keysOf(AccessKind.values()));
                return;
            }
        }
        Node at = kindNode;
        String finalNote = note;
        text(kindNode).ifPresent(k -> {
            Optional<AccessKind> kind = AccessKind.ofKey(k);
            if (kind.isEmpty()) {
                report.error(at, "unknown access kind '" + k + "'; use one of " + keysOf(AccessKind.values()));
            } else {
                access = new Access(kind.get(), finalNote);
            }
        });
    }

    private void checkRequired(Node.Mapping map) {
        if (id == null) {
            report.error(map, "missing required field 'id'");
        }
        if (!typeSeen) {
            report.error(map, "missing required field 'type'");
            return;
        }
        if (type == null) {
            return;
        }
        if (variables[Variable.TITLE.ordinal()] == null) {
            report.error(map, "missing required field 'title'");
        }
        for (String key : Fields.required(type)) {
            Variable v = Variable.ofCslName(key).orElseThrow();
            if (variables[v.ordinal()] == null) {
                report.error(map, "missing required field '" + key + "' for type '" + type + "'");
            }
        }
    }

    /** A single text value; numbers are taken as written. Reports anything else. */
    Optional<String> text(Node value) {
        return TextValues.text(value, report);
    }

    private List<Node> items(Node value, String what) {
        if (value instanceof Node.Sequence seq) {
            return seq.items();
        }
        if (value instanceof Node.Scalar s && s.text() != null) {
            return List.of(value);
        }
        report.error(value, what + " must be a list, not " + value.kindName());
        return List.of();
    }

    private static String keysOf(Object[] values) {
        return quoteAll(java.util.Arrays.stream(values).map(Object::toString).toList());
    }

    private static String quoteAll(List<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }
}
