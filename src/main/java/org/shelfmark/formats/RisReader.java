package org.shelfmark.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shelfmark.yaml.Node;
import org.shelfmark.yaml.Report;

/**
 * Reads RIS as Zotero, Mendeley, EndNote and JabRef write it into record trees, each value with
 * the line and column it was read from: {@code TY} starts a record and {@code ER} ends it; a line
 * that is not a tag continues the value before it. Tags follow {@code ris-fields.tsv} and
 * {@code ris-types.tsv} read backwards; {@code AU}, {@code A1} and the other name tags read
 * {@code Last, First, Suffix}, a name without a comma as an organisation; {@code PY}, {@code DA},
 * {@code Y1} and {@code Y2} read {@code YYYY/MM/DD/} and ISO dates; {@code SP} and {@code EP}
 * make the pages; {@code KW} the keywords; the first {@code N1} the annotation, and the notes
 * Shelfmark writes for relations and access.
 */
public final class RisReader {

    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$");
    private static final Pattern RIS_DATE = Pattern.compile("(\\d{4})(?:[/-](\\d{0,2})(?:[/-](\\d{0,2}))?)?.*");
    private static final Map<String, String> ALIASES = Map.of("A1", "AU", "T1", "TI", "Y1", "PY", "JO", "T2", "JF", "T2",
            "N2", "AB", "ED", "A2", "BT", "T2");

    private final Report report;
    private final RecordIds ids = new RecordIds();
    private final java.util.Set<String> known = new java.util.HashSet<>();

    private RisReader(Report report) {
        this.report = report;
    }

    /** One tagged value, where it starts. */
    private record Line(String tag, String value, Node.Position at) {
    }

    /**
     * {@return the records of a RIS text, as a list of record trees}
     *
     * @param text   the text
     * @param report where problems go, with the line and column they are at
     */
    public static Node.Sequence read(String text, Report report) {
        return new RisReader(report).records(text);
    }

    private Node.Sequence records(String text) {
        List<List<Line>> groups = groups(text);
        List<String> recordIds = new ArrayList<>();
        for (List<Line> g : groups) {
            recordIds.add(ids.next(g.stream().filter(l -> l.tag().equals("TI") || l.tag().equals("T1")).map(Line::value)
                    .findFirst().orElse(null)));
        }
        known.addAll(recordIds);
        List<Node> records = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            records.add(record(groups.get(i), recordIds.get(i)));
        }
        return new Node.Sequence(records, new Node.Position(1, 1));
    }

    private List<List<Line>> groups(String text) {
        List<List<Line>> records = new ArrayList<>();
        List<Line> current = null;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            Node.Position at = new Node.Position(i + 1, 1);
            Matcher m = TAG.matcher(raw);
            if (!m.matches()) {
                if (current != null && !current.isEmpty() && !raw.isBlank()) {
                    Line last = current.remove(current.size() - 1);
                    current.add(new Line(last.tag(), last.value() + " " + raw.strip(), last.at()));
                } else if (!raw.isBlank()) {
                    report.warning(at, "this line is outside a record (records start with 'TY  - ') and is skipped");
                }
                continue;
            }
            String tag = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            Node.Position valueAt = new Node.Position(i + 1, 7);
            if (tag.equals("TY")) {
                if (current != null) {
                    report.warning(at, "a new record starts before 'ER  - ' ended the one before");
                    records.add(current);
                }
                current = new ArrayList<>();
                current.add(new Line(tag, value, valueAt));
            } else if (tag.equals("ER")) {
                if (current == null) {
                    report.warning(at, "'ER  - ' with no record open");
                } else {
                    records.add(current);
                    current = null;
                }
            } else if (current == null) {
                report.warning(at, "'" + tag + "' is outside a record (records start with 'TY  - ') and is skipped");
            } else {
                current.add(new Line(tag, value, valueAt));
            }
        }
        if (current != null) {
            report.error(new Node.Position(lines.length, 1), "the file ends inside a record: 'ER  - ' is missing");
        }
        return records;
    }

    private Node record(List<Line> lines, String id) {
        Line ty = lines.get(0);
        String type = RisWriter.TYPES.forColumn(0, ty.value(), null).map(MappingTable.Row::key).orElse(null);
        if (type == null) {
            report.warning(ty.at(), "unknown RIS type '" + ty.value() + "'; read as 'document'");
            type = "document";
        }
        Trees t = new Trees();
        Map<String, List<Node>> names = new LinkedHashMap<>();
        Map<String, Node> fields = new LinkedHashMap<>();
        List<Node> keywords = new ArrayList<>();
        Map<String, List<Node>> relations = new LinkedHashMap<>();
        String[] pages = new String[2];
        Node.Position pagesAt = null;
        Node issued = null;
        Node year = null;
        Node accessed = null;
        Node access = null;
        boolean annotated = false;
        for (Line line : lines.subList(1, lines.size())) {
            String tag = ALIASES.getOrDefault(line.tag(), line.tag());
            String value = line.tag().equals("N1") ? plainNote(line.value()) : line.value();
            if (value.isEmpty()) {
                continue;
            }
            switch (tag) {
                case "PY" -> year = t.text(yearOf(value), line.at());
                case "DA" -> issued = date(value, line.at()).map(d -> t.text(d, line.at())).orElse(issued);
                case "Y2" -> accessed = date(value, line.at()).map(d -> t.text(d, line.at())).orElse(accessed);
                case "SP" -> {
                    pages[0] = value;
                    pagesAt = line.at();
                }
                case "EP" -> pages[1] = value;
                case "KW" -> splitKeywords(value).forEach(k -> keywords.add(t.text(k, line.at())));
                case "N1" -> {
                    if (value.startsWith(RisWriter.RELATION)) {
                        String[] parts = value.substring(RisWriter.RELATION.length()).split(" ", 2);
                        if (parts.length == 2 && !known.contains(parts[1].strip())) {
                            report.warning(line.at(), "relation to '" + parts[1].strip() + "', which is not in the file, is skipped");
                        } else if (parts.length == 2) {
                            relations.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(t.text(parts[1].strip(), line.at()));
                        }
                    } else if (value.startsWith(RisWriter.ACCESS)) {
                        String[] parts = value.substring(RisWriter.ACCESS.length()).split(" ", 2);
                        access = t.map(line.at(), "kind", t.text(parts[0], line.at()),
                                "note", parts.length == 2 ? t.text(parts[1], line.at()) : null);
                    } else if (!annotated) {
                        fields.put("annotation", t.text(value, line.at()));
                        annotated = true;
                    } else {
                        report.warning(line.at(), "a second note: kept in the annotation");
                        Node first = fields.get("annotation");
                        fields.put("annotation", t.text(((Node.Scalar) first).text() + "\n\n" + value, first.at()));
                    }
                }
                default -> field(tag, value, line.at(), type, t, names, fields);
            }
        }
        List<Node.Entry> entries = new ArrayList<>();
        entries.add(t.entry("id", t.text(id, ty.at())));
        entries.add(t.entry("type", t.text(type, ty.at())));
        names.forEach((role, list) -> entries.add(t.entry(role, new Node.Sequence(list, list.get(0).at()))));
        Node date = issued != null ? issued : year;
        if (date != null) {
            entries.add(t.entry("issued", date));
        }
        if (accessed != null) {
            entries.add(t.entry("accessed", accessed));
        }
        if (pages[0] != null) {
            entries.add(t.entry("page", t.text(pages[1] == null ? pages[0] : pages[0] + "-" + pages[1], pagesAt)));
        }
        fields.forEach((k, v) -> entries.add(t.entry(k, v)));
        if (!keywords.isEmpty()) {
            entries.add(t.entry("keywords", new Node.Sequence(keywords, keywords.get(0).at())));
        }
        if (!relations.isEmpty()) {
            List<Node.Entry> rel = new ArrayList<>();
            relations.forEach((kind, targets) -> rel.add(t.entry(kind, new Node.Sequence(targets, targets.get(0).at()))));
            entries.add(t.entry("relations", new Node.Mapping(rel, rel.get(0).value().at())));
        }
        if (access != null) {
            entries.add(t.entry("access", access));
        }
        return new Node.Mapping(entries, ty.at());
    }

    private void field(String tag, String value, Node.Position at, String type, Trees t, Map<String, List<Node>> names,
            Map<String, Node> fields) {
        List<String> keys = RisWriter.FIELDS.rows().stream().filter(r -> r.column(0).map(tag::equals).orElse(false)
                && r.fits(type)).map(MappingTable.Row::key).distinct().toList();
        if (keys.isEmpty()) {
            report.warning(at, "RIS tag '" + tag + "' has no place in a record and is skipped");
            return;
        }
        if (keys.get(0).equals("author") || keys.get(0).equals("editor") || keys.get(0).equals("translator")) {
            names.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(name(value, at, t));
            return;
        }
        // a tag some fields share (SN: the report number, then the ISBN) fills the first that is free
        Optional<String> free = keys.stream().filter(k -> !fields.containsKey(k)).findFirst();
        if (free.isPresent()) {
            fields.put(free.get(), t.text(value, at));
        } else {
            report.warning(at, "a second '" + tag + "' for '" + keys.get(0) + "' is skipped");
        }
    }

    private static Node name(String value, Node.Position at, Trees t) {
        String[] parts = value.split("\\s*,\\s*", 3);
        if (parts.length == 1) {
            return t.map(at, "literal", t.text(value, at));
        }
        String family = parts[0];
        String particle = null;
        Matcher m = Pattern.compile("^((?:\\p{Ll}[\\p{L}']*\\s+)+)(\\S.*)$").matcher(family);
        if (m.matches()) {
            particle = m.group(1).strip();
            family = m.group(2);
        }
        return t.map(at, "family", t.text(family, at), "given", parts[1].isEmpty() ? null : t.text(parts[1], at),
                "suffix", parts.length == 3 && !parts[2].isBlank() ? t.text(parts[2], at) : null,
                "non-dropping-particle", particle == null ? null : t.text(particle, at));
    }

    private static String yearOf(String value) {
        Matcher m = RIS_DATE.matcher(value);
        return m.matches() ? m.group(1) : value;
    }

    // "2022/04/02/", "2022/04//", "2022///" and "2022-04-02" -> ISO, a part of 0 or nothing ending it
    private Optional<String> date(String value, Node.Position at) {
        Matcher m = RIS_DATE.matcher(value.strip());
        if (!m.matches()) {
            report.warning(at, "'" + value + "' is not a date as RIS writes one (YYYY/MM/DD/); skipped");
            return Optional.empty();
        }
        StringBuilder iso = new StringBuilder(m.group(1));
        for (int g = 2; g <= 3; g++) {
            String part = m.group(g);
            if (part == null || part.isEmpty() || Integer.parseInt(part) == 0) {
                break;
            }
            iso.append('-').append(part.length() == 1 ? "0" + part : part);
        }
        return Optional.of(iso.toString());
    }

    // Zotero writes its notes as HTML: the text, without the tags
    static String plainNote(String value) {
        if (!value.startsWith("<")) {
            return value;
        }
        String text = value.replaceAll("</p>\\s*<p>", " ").replaceAll("<br\\s*/?>", " ").replaceAll("<[^>]*>", "");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", "\u00A0").replace("&amp;", "&").strip();
    }

    private static List<String> splitKeywords(String value) {
        List<String> out = new ArrayList<>();
        for (String k : value.split("\\s*;\\s*")) {
            if (!k.isBlank()) {
                out.add(k.strip());
            }
        }
        return out;
    }

    /** Makes tree nodes. */
    static final class Trees {
        Node text(String text, Node.Position at) {
            return new Node.Scalar(text, true, at);
        }

        Node.Entry entry(String key, Node value) {
            return new Node.Entry(key, value.at(), value);
        }

        // a mapping of the pairs whose value is not null
        Node map(Node.Position at, Object... pairs) {
            List<Node.Entry> entries = new ArrayList<>();
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i + 1] != null) {
                    entries.add(entry((String) pairs[i], (Node) pairs[i + 1]));
                }
            }
            return new Node.Mapping(entries, at);
        }
    }
}
