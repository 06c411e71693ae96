package org.shelfmark.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shelfmark.model.DateRole;
import org.shelfmark.model.DateValue;
import org.shelfmark.model.Name;
import org.shelfmark.model.NameRole;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Relation;
import org.shelfmark.model.Variable;

/**
 * Writes references as RIS, as Zotero's RIS translator reads it: {@code TY} first and
 * {@code ER  - } last, CRLF line ends, one line a value (a line break inside a value becomes a
 * space, so no value can start a line of its own), one {@code AU} a person as {@code Last, First},
 * pages split into {@code SP} and {@code EP}, dates as {@code YYYY/MM/DD/}. The fields follow
 * {@code ris-fields.tsv}; the reading list's annotation is an {@code N1} note, its keywords are
 * {@code KW} lines, and its relations and access notes are {@code N1} notes that start
 * {@code Shelfmark relation:} and {@code Shelfmark access:}.
 */
public final class RisWriter {

    static final MappingTable TYPES = MappingTable.load("ris-types.tsv", 1, false);
    static final MappingTable FIELDS = MappingTable.load("ris-fields.tsv", 1, true);
    static final String RELATION = "Shelfmark relation: ";
    static final String ACCESS = "Shelfmark access: ";
    private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\u000B\\u000C\\u0085\\u2028\\u2029\\t]+");
    private static final Pattern CONTROLS = Pattern.compile("[\\u0000-\\u0008\\u000E-\\u001F\\u007F]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Set<String> MANY = Set.of("AU", "A2", "A3", "A4", "KW", "N1");
    private static final Pattern RANGE = Pattern.compile("\\s*([^-\\u2013\\s]+)\\s*[-\\u2013]+\\s*([^-\\u2013\\s]+)\\s*");

    private RisWriter() {
    }

    /**
     * Writes the references, in the order given.
     *
     * @param references the references
     * @param out        where to write; not closed
     * @throws IOException if writing fails
     */
    public static void write(List<Reference> references, Writer out) throws IOException {
        // RIS has no place for a record's id: a relation names the id the reader will give its target,
        // worked out only when some record has a relation (a tenth of the time of a long export)
        java.util.Map<String, String> readBack = new java.util.HashMap<>();
        if (references.stream().anyMatch(r -> !r.notes().relations().isEmpty())) {
            RecordIds ids = new RecordIds();
            references.forEach(r -> readBack.put(r.id(), ids.next(r.title())));
        }
        Chunks.write(references.size(), (from, to, chunk) -> {
            for (int i = from; i < to; i++) {
                entry(references.get(i), readBack, chunk);
            }
        }, out);
        out.flush();
    }

    /** A field of the record as a type writes it: its key, its tag, and where its value is. */
    private record Field(String key, String tag, NameRole role, Variable variable) {

        static Field of(String key, String tag) {
            return new Field(key, tag, NameRole.ofCslName(key).orElse(null), Variable.ofCslName(key).orElse(null));
        }

        boolean in(Reference r) {
            if (key.equals("DOI")) {
                return r.doi() != null;
            }
            return role != null ? !r.names(role).isEmpty() : variable != null && r.get(variable).isPresent();
        }
    }

    // each type's fields in the table's order, worked out once a type
    private static final java.util.Map<String, List<Field>> PLANS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Field> plan(String type) {
        return PLANS.computeIfAbsent(type, t -> FIELDS.keys().stream()
                .flatMap(key -> FIELDS.forKey(key, t).flatMap(row -> row.column(0)).map(tag -> Field.of(key, tag)).stream())
                .toList());
    }

    private static void entry(Reference r, java.util.Map<String, String> readBack, Writer out) throws IOException {
        String type = r.type().cslName();
        line(out, "TY", TYPES.forKey(type, type).flatMap(row -> row.column(0)).orElse("GEN"));
        Set<String> written = new java.util.HashSet<>();
        for (Field f : plan(type)) {
            boolean present = f.in(r);
            // a tag that holds one value (SN: a report's number, else its ISBN) is written once
            if (!MANY.contains(f.tag()) && written.contains(f.tag()) && present) {
                continue;
            }
            if (present) {
                written.add(f.tag());
                field(r, f, out);
            }
            if (f.key().equals("title")) {
                dates(r, out);
                pages(r, out);
            }
        }
        for (String keyword : r.notes().keywords()) {
            line(out, "KW", keyword);
        }
        if (r.notes().annotation() != null) {
            line(out, "N1", r.notes().annotation());
        }
        for (Relation rel : r.notes().relations()) {
            line(out, "N1", RELATION + rel.kind().key() + " " + readBack.getOrDefault(rel.target(), rel.target()));
        }
        if (r.notes().access() != null) {
            String note = r.notes().access().note();
            line(out, "N1", ACCESS + r.notes().access().kind().key() + (note == null ? "" : " " + note));
        }
        out.write("ER  - \r\n\r\n");
    }

    private static void field(Reference r, Field f, Writer out) throws IOException {
        if (f.role() != null) {
            for (Name n : r.names(f.role())) {
                line(out, f.tag(), name(n));
            }
        } else if (f.key().equals("DOI")) {
            line(out, f.tag(), r.doi().value());
        } else if (f.variable() != Variable.PAGE) {
            line(out, f.tag(), r.get(f.variable()).get());
        }
    }

    /** {@return a name as RIS writes it: "Last, First" or "Last, First, Suffix"; an organisation whole} */
    static String name(Name n) {
        if (n instanceof Organisation o) {
            return o.name();
        }
        Person p = (Person) n;
        // commas part a RIS name, so a part cannot hold one: it becomes a space
        String family = noComma(p.nonDroppingParticle() == null ? p.family() : p.nonDroppingParticle() + " " + p.family());
        String given = noComma(p.droppingParticle() == null ? p.given() : (p.given() == null ? "" : p.given() + " ") + p.droppingParticle());
        // "Family," for a person with no given name: without the comma it would read as an organisation
        StringBuilder s = new StringBuilder(family).append(',');
        if (given != null || p.suffix() != null) {
            s.append(' ').append(given == null ? "" : given);
        }
        if (p.suffix() != null) {
            s.append(", ").append(noComma(p.suffix()));
        }
        return s.toString();
    }

    private static String noComma(String part) {
        return part == null ? null : oneLine(part.replace(',', ' '));
    }

    private static void dates(Reference r, Writer out) throws IOException {
        Optional<DateValue> issued = r.issued();
        if (issued.isPresent()) {
            PartialDate start = issued.get().start();
            line(out, "PY", start.toIso().substring(0, 4));
            line(out, "DA", date(start));
        }
        Optional<DateValue> accessed = r.date(DateRole.ACCESSED);
        if (accessed.isPresent()) {
            line(out, "Y2", date(accessed.get().start()));
        }
    }

    /** {@return a date as RIS writes it: YYYY/MM/DD/, a missing part left empty} */
    static String date(PartialDate d) {
        // PartialDate's ISO form, its parts between slashes and a missing part empty: 2023/07//
        String iso = d.toIso();
        int parts = iso.split("-").length;
        return iso.replace('-', '/') + "/".repeat(4 - parts);
    }


    private static void pages(Reference r, Writer out) throws IOException {
        Optional<String> page = r.get(Variable.PAGE);
        if (page.isEmpty()) {
            return;
        }
        Matcher m = RANGE.matcher(page.get());
        if (m.matches()) {
            line(out, "SP", m.group(1));
            line(out, "EP", m.group(2));
        } else {
            line(out, "SP", page.get());
        }
    }

    /**
     * {@return a value on one line: breaks as spaces, control characters gone, ends trimmed, and
     * a run of spaces as one, so that no value holds a tag's "  - " (JabRef cuts records at "ER  -"
     * wherever it stands)}
     */
    static String oneLine(String value) {
        if (plain(value)) {
            return value;
        }
        return SPACES.matcher(CONTROLS.matcher(BREAKS.matcher(value).replaceAll(" ")).replaceAll("")).replaceAll(" ").strip();
    }

    // most values have no break, control character, run of spaces or space at either end
    private static boolean plain(String value) {
        int n = value.length();
        if (n == 0 || Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(n - 1))) {
            return n == 0;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == ' ' && value.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    private static void line(Writer out, String tag, String value) throws IOException {
        String v = oneLine(value);
        if (!v.isEmpty()) {
            out.write(tag + "  - " + v + "\r\n");
        }
    }
}
