package org.shelfmark.bibtex;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.shelfmark.formats.Chunks;
import org.shelfmark.formats.CitationKeys;
import org.shelfmark.formats.Latex;
import org.shelfmark.formats.MappingTable;
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
 * Writes references as BibTeX or BibLaTeX, laid out as jbibtex's formatter lays out an entry (its
 * type and key, then a field a line, indented by two spaces, each value braced). The values are
 * escaped here ({@link Latex}) and the keys made unique ({@link CitationKeys}).
 *
 * <p>The fields follow {@code bibtex-fields.tsv}. Names are joined with {@code and}, an
 * organisation in double braces ({@code {{The King's Fund}}}), a part holding the word "and" or a
 * comma braced; titles braced whole, so that styles and importers keep their case; {@code url}
 * and {@code doi} are verbatim. Classic BibTeX
 * gets {@code year} and {@code month}, BibLaTeX ISO {@code date} and {@code urldate}. The
 * annotation goes to {@code annote} (BibTeX) or {@code annotation} (BibLaTeX), the keywords to
 * {@code keywords}, relations to BibLaTeX's {@code related} with {@code relatedtype}.
 */
public final class BibtexWriter {

    private static final MappingTable TYPES = MappingTable.load("bibtex-types.tsv", 2, false);
    private static final MappingTable FIELDS = MappingTable.load("bibtex-fields.tsv", 2, true);
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final Pattern AND = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])and(?![\\p{L}\\p{N}])");
    private static final Set<String> TITLES = Set.of("title", "booktitle", "series", "shorttitle", "eventtitle");

    private final boolean biblatex;

    private BibtexWriter(boolean biblatex) {
        this.biblatex = biblatex;
    }

    /**
     * Writes classic BibTeX: {@code year}, {@code month}, non-ASCII letters as LaTeX commands.
     *
     * @param references the references, in the order given
     * @param out        where to write; not closed
     * @throws IOException if writing fails
     */
    public static void writeBibtex(List<Reference> references, Writer out) throws IOException {
        new BibtexWriter(false).write(references, out);
    }

    /**
     * Writes BibLaTeX: ISO dates, UTF-8, BibLaTeX's entry types.
     *
     * @param references the references, in the order given
     * @param out        where to write; not closed
     * @throws IOException if writing fails
     */
    public static void writeBiblatex(List<Reference> references, Writer out) throws IOException {
        new BibtexWriter(true).write(references, out);
    }

    private void write(List<Reference> references, Writer out) throws IOException {
        List<String> keys = CitationKeys.ofEach(references);
        Map<String, String> related = biblatex ? related(references, keys) : Map.of();
        // a chunk of entries at a time, on every core, so that a long list is written as it is made,
        // not held whole
        Chunks.build(references.size(), (from, to, text) -> {
            // each entry's text made straight into the chunk's: building jbibtex's model of an entry
            // (a map of keys and values) and formatting it was a third of writing an entry
            Written parts = new Written(this::part);
            Written organisations = new Written(name -> Latex.escape(name, !biblatex));
            for (int i = from; i < to; i++) {
                if (i > 0) {
                    text.append("\n\n");
                }
                entry(references.get(i), keys.get(i), related, new Entry(text, parts, organisations));
            }
        }, out);
        out.flush();
    }

    /**
     * A BibTeX field of a type, and the record fields that may fill it, the first that has a value
     * winning: each a {@link Variable}, or {@code null} for the DOI.
     */
    private record Slot(String name, Kind kind, List<Variable> fields, String head) {
        Slot(String name, Kind kind, List<Variable> fields) {
            this(name, kind, fields, Entry.head(name));
        }
    }

    /** How a field's value is written, worked out once a slot rather than once a value. */
    private enum Kind {
        VERBATIM, TITLE, PAGES, TEXT;

        static Kind of(String field) {
            if (field.equals("url") || field.equals("doi")) {
                return VERBATIM;
            }
            return TITLES.contains(field) ? TITLE : field.equals("pages") ? PAGES : TEXT;
        }
    }

    /**
     * One entry's text, as jbibtex's formatter (with an indent of two spaces) writes an entry: its
     * type and key, then its fields in the order given, a line each, {@code name = {value}}, with a
     * comma after each but the last. No value holds a line break ({@link Latex#escape} makes each a
     * space, {@link #verbatim} encodes it), and no field is given twice (the names each part of an
     * entry gives are apart from the others').
     */
    private static final class Entry {
        private final StringBuilder text;
        private final Written parts;
        private final Written organisations;
        private boolean fields;

        Entry(StringBuilder text, Written parts, Written organisations) {
            this.text = text;
            this.parts = parts;
            this.organisations = organisations;
        }

        void start(String type, String key) {
            text.append('@').append(type).append('{').append(key).append(',');
        }

        /**
         * {@return what a braced field's line starts with, its comma apart: made once a slot, so
         * that each field of each entry is a few appends, not six}
         */
        static String head(String name) {
            return "\n  " + name + " = {";
        }

        /** A braced value. */
        void field(String name, String value) {
            open(name).append(value).append('}');
        }

        /** A value written bare: a macro's name, such as a month's. */
        void bare(String name, String value) {
            named(name).append(value);
        }

        /** {@return the text, a braced field of this name opened in it, for its value and closing brace} */
        StringBuilder open(String name) {
            return named(name).append('{');
        }

        // the text, a field's line begun in it up to its value
        private StringBuilder named(String name) {
            return separated().append("\n  ").append(name).append(" = ");
        }

        /** {@return the text, a braced field opened in it under a head ({@link #head}), for its value and closing brace} */
        StringBuilder openHead(String head) {
            return separated().append(head);
        }

        // the text, with the comma that ends the field before, if there is one
        private StringBuilder separated() {
            if (fields) {
                text.append(',');
            }
            fields = true;
            return text;
        }

        void end() {
            text.append("\n}");
        }
    }

    // each BibTeX field at its own place, whichever record field fills it, so that a field read
    // back into another record field is written where it was: worked out once a type
    private final java.util.Map<String, Plan> plans = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What every entry of a CSL type gets: its entry type, its subtype ({@code null} for none) and
     * its slots.
     */
    private record Plan(String entryType, String subtype, List<Slot> slots) {
    }

    private Plan plan(String type) {
        return plans.computeIfAbsent(type, t -> {
            String entryType = TYPES.forKey(t, t).flatMap(row -> row.column(column())).orElse("misc");
            return new Plan(entryType, subtype(t, entryType), slots(t));
        });
    }

    private List<Slot> slots(String type) {
        java.util.Map<String, List<String>> fieldsOf = new java.util.TreeMap<>(java.util.Comparator
                .comparingInt((String name) -> FIELDS.place(column(), name)).thenComparing(java.util.Comparator.naturalOrder()));
        for (String field : FIELDS.keys()) {
            FIELDS.forKey(field, type).flatMap(row -> row.column(column()))
                    .ifPresent(name -> fieldsOf.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(field));
        }
        return fieldsOf.entrySet().stream().map(e -> new Slot(e.getKey(), Kind.of(e.getKey()),
                e.getValue().stream().map(BibtexWriter::variable).toList())).toList();
    }

    private int column() {
        return biblatex ? 1 : 0;
    }

    // the keys of the records that others relate to, by id: BibLaTeX's related names them
    private static Map<String, String> related(List<Reference> references, List<String> keys) {
        java.util.Set<String> targets = new java.util.HashSet<>();
        for (Reference r : references) {
            for (Relation rel : r.notes().relations()) {
                targets.add(rel.target());
            }
        }
        Map<String, String> related = new java.util.HashMap<>();
        for (int i = 0; i < references.size() && related.size() < targets.size(); i++) {
            if (targets.contains(references.get(i).id())) {
                related.putIfAbsent(references.get(i).id(), keys.get(i));
            }
        }
        return related;
    }

    private void entry(Reference r, String key, Map<String, String> related, Entry e) {
        Plan plan = plan(r.type().cslName());
        e.start(plan.entryType(), key);
        if (plan.subtype() != null) {
            e.field("entrysubtype", plan.subtype());
        }
        names(e, r);
        // indexed loops: an iterator a list and a slot is an allocation for every field of every record
        List<Slot> slots = plan.slots();
        for (int s = 0; s < slots.size(); s++) {
            Slot slot = slots.get(s);
            for (int f = 0; f < slot.fields().size(); f++) {
                Variable field = slot.fields().get(f);
                String value = field == null ? (r.doi() == null ? null : r.doi().value()) : r.variables().get(field);
                if (value != null) {
                    value(e.openHead(slot.head()), slot.kind(), value).append('}');
                    break;
                }
            }
        }
        dates(e, r);
        readingList(e, r, related);
        e.end();
    }

    // entrysubtype tells apart the CSL types that share an entry type: biblatex's own "magazine"
    // and "newspaper" for articles, else the CSL type where the entry type reads back as another
    private String subtype(String type, String entryType) {
        String back = TYPES.forColumn(column(), entryType, null).map(MappingTable.Row::key).orElse("document");
        return switch (type) {
            case "article-magazine" -> "magazine";
            case "article-newspaper" -> "newspaper";
            default -> back.equals(type) ? null : type;
        };
    }

    // a field of the mapping table: a variable, or null for the DOI (which is not one)
    private static Variable variable(String field) {
        return field.equals("DOI") ? null : Variable.ofCslName(field)
                .orElseThrow(() -> new IllegalStateException("bibtex-fields.tsv names no variable " + field));
    }

    private void put(Entry e, String field, String value) {
        value(e.open(field), Kind.of(field), value).append('}');
    }

    // a field's value, as its kind has it, added to the entry's text
    private StringBuilder value(StringBuilder out, Kind kind, String value) {
        return switch (kind) {
            case VERBATIM -> verbatim(value, out);
            case TITLE -> protectCase(value, out);
            case PAGES -> out.append(Latex.escapeRange(rangesMarked(value), !biblatex));
            case TEXT -> out.append(Latex.escape(value, !biblatex));
        };
    }

    // Each dash of a page range, hyphen or en dash, one or several, with the spaces around it, as
    // Latex.RANGE_MARK, U+E000 (made "--" once escaped): what replacing "\s*[-\u2013]+\s*" gives, written as a loop,
    // as a regular expression costs several times more for every page range of an export.
    static String rangesMarked(String pages) {
        StringBuilder out = new StringBuilder(pages.length());
        int i = 0;
        while (i < pages.length()) {
            int dashes = i;
            while (dashes < pages.length() && space(pages.charAt(dashes))) {
                dashes++;
            }
            int end = dashes;
            while (end < pages.length() && (pages.charAt(end) == '-' || pages.charAt(end) == '\u2013')) {
                end++;
            }
            if (end == dashes) {
                out.append(pages.charAt(i++));
                continue;
            }
            while (end < pages.length() && space(pages.charAt(end))) {
                end++;
            }
            out.append(Latex.RANGE_MARK);
            i = end;
        }
        return out.toString();
    }

    // what \s matches: the ASCII white space
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    // url and doi are read verbatim; only what would break the braces or the line is percent-encoded
    // (most have nothing to encode, and are added whole)
    private static StringBuilder verbatim(String value, StringBuilder s) {
        String stripped = value.strip();
        if (!encoded(stripped)) {
            return s.append(stripped);
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            switch (c) {
                case '{' -> s.append("%7B");
                case '}' -> s.append("%7D");
                case '\\' -> s.append("%5C");
                case '\r', '\n', '\t' -> s.append("%20");
                default -> s.append(c);
            }
        }
        return s;
    }

    // whether verbatim encodes any character of a value
    private static boolean encoded(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{' || c == '}' || c == '\\' || c == '\r' || c == '\n' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    // The whole title braced, so that no style or importer changes its case.
    private StringBuilder protectCase(String value, StringBuilder out) {
        return out.append('{').append(Latex.escape(value, !biblatex)).append('}');
    }

    private static final NameRole[] NAME_ROLES = {NameRole.AUTHOR, NameRole.EDITOR, NameRole.TRANSLATOR};

    private void names(Entry e, Reference r) {
        for (NameRole role : NAME_ROLES) {
            List<Name> names = r.names(role);
            if (!names.isEmpty() && (biblatex || role != NameRole.TRANSLATOR)) {
                StringBuilder joined = e.open(role.cslName()); // the names made straight into the entry
                for (int i = 0; i < names.size(); i++) {
                    name(names.get(i), i > 0 ? joined.append(" and ") : joined, e);
                }
                joined.append('}');
            }
        }
    }

    private void name(Name n, StringBuilder s, Entry e) {
        if (n instanceof Organisation o) {
            s.append('{').append(e.organisations.of(o.name())).append('}');
            return;
        }
        Person p = (Person) n;
        s.append(e.parts.of(p.nonDroppingParticle() == null ? p.family() : p.nonDroppingParticle() + " " + p.family()));
        if (p.suffix() != null) {
            s.append(", ").append(e.parts.of(p.suffix()));
        }
        String given = p.droppingParticle() == null ? p.given() : (p.given() == null ? "" : p.given() + " ") + p.droppingParticle();
        if (given != null || p.suffix() != null) {
            s.append(", ").append(given == null ? "" : e.parts.of(given));
        }
    }

    /**
     * Texts as written, the last few of a chunk's entries kept, each found by the very string it
     * was written from: a long list's names come from fewer people than it has records, and the
     * reader makes one string of each short value it reads again.
     */
    private static final class Written {
        private static final int SLOTS = 256;
        private final java.util.function.UnaryOperator<String> write;
        private final String[] given = new String[SLOTS];
        private final String[] written = new String[SLOTS];

        Written(java.util.function.UnaryOperator<String> write) {
            this.write = write;
        }

        /** {@return the text as written: the one kept for this very string, or written now and kept} */
        String of(String text) {
            int slot = text.hashCode() & SLOTS - 1;
            if (given[slot] != text) {
                given[slot] = text;
                written[slot] = write.apply(text);
            }
            return written[slot];
        }
    }

    // a name part with a comma is braced whole; the word "and" is braced where it stands
    private String part(String text) {
        String escaped = Latex.escape(text, !biblatex);
        if (escaped.contains(",")) {
            return "{" + escaped + "}";
        }
        return containsAnd(escaped) ? AND.matcher(escaped).replaceAll("{$0}") : escaped;
    }

    // whether the letters "and" appear at all, in any case of ASCII (as the expression, which is not
    // told to fold other letters, matches them): most name parts have none, and the expression that
    // finds the word costs many times more than this look
    private static boolean containsAnd(String text) {
        for (int i = text.length() - 3; i >= 0; i--) {
            if ((text.charAt(i) | 0x20) == 'a' && (text.charAt(i + 1) | 0x20) == 'n' && (text.charAt(i + 2) | 0x20) == 'd') {
                return true;
            }
        }
        return false;
    }

    private void dates(Entry e, Reference r) {
        Optional<DateValue> issued = r.issued();
        if (biblatex) {
            issued.ifPresent(d -> e.field("date", d.toIso()));
            r.date(DateRole.ACCESSED).ifPresent(d -> e.field("urldate", d.toIso()));
            r.date(DateRole.EVENT_DATE).ifPresent(d -> e.field("eventdate", d.toIso()));
            r.date(DateRole.ORIGINAL_DATE).ifPresent(d -> e.field("origdate", d.toIso()));
            return;
        }
        issued.ifPresent(d -> {
            PartialDate start = d.start();
            int year = start.year();
            // the year's four digits, as toIso starts with them
            if (year >= 1000 && year <= 9999) {
                e.open("year").append(year).append('}');
            } else {
                e.field("year", start.toIso().substring(0, 4));
            }
            if (start.month() > 0) {
                e.bare("month", MONTHS[start.month() - 1]);
            }
            if (start.day() > 0) {
                e.open("day").append(start.day()).append('}'); // no BibTeX style prints it, but importers keep it
            }
        });
        r.date(DateRole.ACCESSED).ifPresent(d -> e.field("urldate", d.toIso()));
    }

    private void readingList(Entry e, Reference r, Map<String, String> keys) {
        if (r.notes().annotation() != null) {
            put(e, biblatex ? "annotation" : "annote", r.notes().annotation());
        }
        if (!r.notes().keywords().isEmpty()) {
            // a comma inside a keyword would split it: those keywords keep it braced
            StringBuilder joined = new StringBuilder();
            for (String keyword : r.notes().keywords()) {
                String k = Latex.escape(keyword, !biblatex);
                (joined.length() > 0 ? joined.append(", ") : joined).append(k.contains(",") ? "{" + k + "}" : k);
            }
            e.field("keywords", joined.toString());
        }
        if (biblatex) {
            List<String> related = new ArrayList<>();
            String kind = null;
            for (Relation rel : r.notes().relations()) {
                if (keys.containsKey(rel.target())) {
                    related.add(keys.get(rel.target()));
                    kind = kind == null ? rel.kind().key() : kind;
                }
            }
            if (!related.isEmpty()) {
                e.field("related", String.join(",", related));
                e.field("relatedtype", kind.toLowerCase(Locale.ROOT).replace("-", ""));
            }
        }
    }

}
