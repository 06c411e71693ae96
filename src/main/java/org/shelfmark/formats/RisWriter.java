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
        // RIS has no place for a record's id: a relation names the id the reader will give its target
        RecordIds ids = new RecordIds();
        java.util.Map<String, String> readBack = new java.util.HashMap<>();
        references.forEach(r -> readBack.put(r.id(), ids.next(r.title())));
        for (Reference r : references) {
            entry(r, readBack, out);
        }
        out.flush();
    }

    private static void entry(Reference r, java.util.Map<String, String> readBack, Writer out) throws IOException {
        String type = r.type().cslName();
        line(out, "TY", TYPES.forKey(type, type).flatMap(row -> row.column(0)).orElse("GEN"));
        Set<String> written = new java.util.HashSet<>();
        for (String key : FIELDS.keys()) {
            Optional<String> tag = FIELDS.forKey(key, type).flatMap(row -> row.column(0));
            // a tag that holds one value (SN: a report's number, else its ISBN) is written once
            if (tag.isEmpty() || !MANY.contains(tag.get()) && written.contains(tag.get()) && has(r, key)) {
                continue;
            }
            if (has(r, key)) {
                written.add(tag.get());
            }
            field(r, key, tag.get(), out);
            if (key.equals("title")) {
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

    private static boolean has(Reference r, String key) {
        if (key.equals("DOI")) {
            return r.doi() != null;
        }
        Optional<NameRole> role = NameRole.ofCslName(key);
        return role.map(n -> !r.names(n).isEmpty()).orElseGet(() -> Variable.ofCslName(key).flatMap(r::get).isPresent());
    }

    private static void field(Reference r, String key, String tag, Writer out) throws IOException {
        Optional<NameRole> role = NameRole.ofCslName(key);
        if (role.isPresent()) {
            for (Name n : r.names(role.get())) {
                line(out, tag, name(n));
            }
            return;
        }
        if (key.equals("DOI")) {
            if (r.doi() != null) {
                line(out, tag, r.doi().value());
            }
            return;
        }
        Optional<Variable> v = Variable.ofCslName(key);
        if (v.isPresent() && v.get() != Variable.PAGE) {
            Optional<String> value = r.get(v.get());
            if (value.isPresent()) {
                line(out, tag, value.get());
            }
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
            line(out, "PY", String.format("%04d", start.year()));
            line(out, "DA", date(start));
        }
        Optional<DateValue> accessed = r.date(DateRole.ACCESSED);
        if (accessed.isPresent()) {
            line(out, "Y2", date(accessed.get().start()));
        }
    }

    /** {@return a date as RIS writes it: YYYY/MM/DD/, a missing part left empty} */
    static String date(PartialDate d) {
        return String.format("%04d", d.year()) + "/" + (d.month() > 0 ? String.format("%02d", d.month()) : "") + "/"
                + (d.day() > 0 ? String.format("%02d", d.day()) : "") + "/";
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
        return CONTROLS.matcher(BREAKS.matcher(value).replaceAll(" ")).replaceAll("").replaceAll(" {2,}", " ").strip();
    }

    private static void line(Writer out, String tag, String value) throws IOException {
        String v = oneLine(value);
        if (!v.isEmpty()) {
            out.write(tag + "  - " + v + "\r\n");
        }
    }
}
