package org.shelfmark.bibtex;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.shelfmark.formats.LatexText;
import org.shelfmark.formats.MappingTable;
import org.shelfmark.formats.RecordIds;
import org.shelfmark.yaml.Node;
import org.shelfmark.yaml.Report;

/**
 * Reads BibTeX and BibLaTeX, as JabRef, Zotero and biber write them, into record trees, each
 * value at the line where its entry starts. The file is cut into entries by counting braces as
 * BibTeX does, so that a broken entry stops only itself and two entries whose keys differ only in
 * case are both read (jbibtex's database keeps one); each entry is parsed by jbibtex with the
 * file's {@code @string} macros. Values are read as text by {@link LatexText}; names by BibTeX's
 * rules ({@code von Last, Jr, First}, an all-braced name as an organisation); fields and types by
 * {@code bibtex-fields.tsv} and {@code bibtex-types.tsv} read backwards, BibLaTeX's names first.
 */
public final class BibtexReader {

    private static final MappingTable TYPES = MappingTable.load("bibtex-types.tsv", 2, false);
    private static final MappingTable FIELDS = MappingTable.load("bibtex-fields.tsv", 2, true);
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    // what reference managers keep about their own copy, not about the work: read past quietly
    private static final java.util.Set<String> BOOKKEEPING = java.util.Set.of("crossref", "file", "owner", "timestamp",
            "groups", "comment", "ranking", "priority", "qualityassured", "readstatus", "printed", "relevance",
            "creationdate", "modificationdate", "date-added", "date-modified", "bdsk-url-1", "bdsk-file-1");

    private final Report report;
    private final RecordIds ids = new RecordIds();
    private final Map<String, String> idOfKey = new HashMap<>();
    private final StringBuilder strings = new StringBuilder();

    private BibtexReader(Report report) {
        this.report = report;
    }

    /** One entry of the file, as written. */
    private record Chunk(String type, String text, Node.Position at) {
    }

    /**
     * {@return the records of a BibTeX or BibLaTeX text, as a list of record trees}
     *
     * @param text   the text
     * @param report where problems go, with the line they are at
     */
    public static Node.Sequence read(String text, Report report) {
        return new BibtexReader(report).records(text);
    }

    private Node.Sequence records(String text) {
        List<Chunk> chunks = chunks(text);
        List<BibTeXEntry> entries = new ArrayList<>();
        List<Node.Position> places = new ArrayList<>();
        for (Chunk c : chunks) {
            if (c.type().equals("string")) {
                strings.append(c.text()).append('\n');
            } else if (!c.type().equals("comment") && !c.type().equals("preamble")) {
                parse(c).ifPresent(e -> {
                    entries.add(e);
                    places.add(c.at());
                });
            }
        }
        List<Map<String, Node>> trees = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            trees.add(fields(entries.get(i), places.get(i)));
        }
        List<Node> records = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            records.add(record(trees.get(i), entries.get(i), places.get(i)));
        }
        return new Node.Sequence(records, new Node.Position(1, 1));
    }

    // Entries start with @ outside any braces and end where their braces close, as BibTeX reads them.
    private List<Chunk> chunks(String text) {
        List<Chunk> chunks = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c != '@') {
                i++;
                continue;
            }
            int start = i;
            int startLine = line;
            int j = i + 1;
            while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                j++;
            }
            String type = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                if (text.charAt(j) == '\n') {
                    line++;
                }
                j++;
            }
            if (j >= text.length() || (text.charAt(j) != '{' && text.charAt(j) != '(')) {
                i = j; // an @ that starts nothing: BibTeX skips it
                continue;
            }
            char open = text.charAt(j);
            char close = open == '{' ? '}' : ')';
            int depth = 0;
            int k = j;
            for (; k < text.length(); k++) {
                char d = text.charAt(k);
                if (d == '\n') {
                    line++;
                }
                if (d == open || (open == '(' && d == '{')) {
                    depth++;
                } else if (d == close || (open == '(' && d == '}')) {
                    depth--;
                    if (depth == 0) {
                        break;
                    }
                }
            }
            if (k >= text.length()) {
                report.error(new Node.Position(startLine, 1), "this entry's braces are never closed; it and the rest of the file are skipped");
                return chunks;
            }
            chunks.add(new Chunk(type, text.substring(start, k + 1), new Node.Position(startLine, 1)));
            i = k + 1;
        }
        return chunks;
    }

    private Optional<BibTeXEntry> parse(Chunk c) {
        try {
            BibTeXParser parser = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    // an undefined macro reads as its name: BibTeX warns and goes on, and so does this
                    if (string == null) {
                        report.warning(c.at(), "the string '" + key.getValue() + "' is not defined (@string) and is read"
                                + " as its name");
                    }
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    // a crossref to an entry not in the file is kept as a field
                }
            };
            BibTeXDatabase db = parser.parse(new StringReader(strings + c.text()));
            for (BibTeXObject o : db.getObjects()) {
                if (o instanceof BibTeXEntry e) {
                    return Optional.of(e);
                }
            }
            report.error(c.at(), "this entry could not be read");
        } catch (ParseException e) {
            int line = e.currentToken == null || e.currentToken.next == null ? 0 : e.currentToken.next.beginLine;
            report.error(new Node.Position(c.at().line() + Math.max(0, line - 1 - lines(strings)), 1),
                    "this entry is not valid BibTeX and is skipped: " + firstLine(e.getMessage()));
        } catch (TokenMgrException | org.jbibtex.ObjectResolutionException e) {
            report.error(c.at(), "this entry is not valid BibTeX and is skipped: " + firstLine(e.getMessage()));
        }
        return Optional.empty();
    }

    private static int lines(CharSequence s) {
        return (int) s.chars().filter(ch -> ch == '\n').count();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().split("\n")[0];
    }

    // The entry's fields as record fields, the names and dates read; relations wait for all keys.
    private Map<String, Node> fields(BibTeXEntry e, Node.Position at) {
        String entryType = e.getType().getValue().toLowerCase(Locale.ROOT);
        String type = TYPES.forColumn(1, entryType, null).or(() -> TYPES.forColumn(0, entryType, null))
                .map(MappingTable.Row::key).orElse("document");
        Map<String, Node> out = new LinkedHashMap<>();
        out.put("type", text(type, at));
        String[] date = new String[3];
        for (Map.Entry<Key, Value> f : e.getFields().entrySet()) {
            String name = f.getKey().getValue().toLowerCase(Locale.ROOT);
            String raw = f.getValue().toUserString();
            String value = name.equals("url") || name.equals("doi") ? raw.strip() : LatexText.decode(raw);
            if (value.isEmpty()) {
                continue;
            }
            switch (name) {
                case "author", "editor", "translator" -> out.put(name, names(raw, at));
                case "year" -> date[0] = value;
                case "month" -> date[1] = month(value);
                case "day" -> date[2] = value;
                case "date" -> out.put("issued", text(value, at));
                case "urldate" -> out.put("accessed", text(value, at));
                case "eventdate" -> out.put("event-date", text(value, at));
                case "origdate" -> out.put("original-date", text(value, at));
                case "keywords" -> out.put("keywords", keywords(raw, at));
                case "annote", "annotation" -> out.put("annotation", text(value, at));
                case "pages" -> out.put("page", text(value.replace('\u2013', '-'), at));
                case "related", "relatedtype" -> out.put("@" + name, text(value, at));
                case "entrysubtype" -> subtype(value).ifPresent(t -> out.put("type", text(t, at)));
                default -> field(name, value, type, at, out);
            }
        }
        if (date[0] != null && !out.containsKey("issued")) {
            out.put("issued", text(date[0] + (date[1] == null ? "" : "-" + date[1])
                    + (date[1] == null || date[2] == null ? "" : "-" + (date[2].length() == 1 ? "0" : "") + date[2]), at));
        }
        String title = out.containsKey("title") ? ((Node.Scalar) out.get("title")).text() : null;
        String id = ids.next(title);
        idOfKey.putIfAbsent(e.getKey().getValue().toLowerCase(Locale.ROOT), id);
        out.put("id", text(id, at));
        return out;
    }

    private static Optional<String> subtype(String value) {
        return switch (value) {
            case "magazine" -> Optional.of("article-magazine");
            case "newspaper" -> Optional.of("article-newspaper");
            default -> org.shelfmark.model.ItemType.ofCslName(value).map(t -> value);
        };
    }

    private void field(String name, String value, String type, Node.Position at, Map<String, Node> out) {
        Optional<MappingTable.Row> row = FIELDS.forColumn(1, name, type).or(() -> FIELDS.forColumn(0, name, type))
                .or(() -> FIELDS.forColumn(1, name, null)).or(() -> FIELDS.forColumn(0, name, null));
        if (row.isEmpty()) {
            if (!BOOKKEEPING.contains(name)) {
                report.warning(at, "BibTeX field '" + name + "' has no place in a record and is skipped");
            }
            return;
        }
        out.putIfAbsent(row.get().key(), text(value, at));
    }

    private Node record(Map<String, Node> fields, BibTeXEntry e, Node.Position at) {
        List<Node.Entry> entries = new ArrayList<>();
        entries.add(entry("id", fields.remove("id")));
        entries.add(entry("type", fields.remove("type")));
        Node related = fields.remove("@related");
        Node kind = fields.remove("@relatedtype");
        fields.forEach((k, v) -> entries.add(entry(k, v)));
        if (related != null) {
            List<Node> targets = new ArrayList<>();
            for (String key : ((Node.Scalar) related).text().split("\\s*,\\s*")) {
                String id = idOfKey.get(key.toLowerCase(Locale.ROOT));
                if (id != null) {
                    targets.add(text(id, at));
                } else {
                    report.warning(at, "related entry '" + key + "' is not in the file; the relation is skipped");
                }
            }
            String relation = kind == null ? "see-also" : switch (((Node.Scalar) kind).text().toLowerCase(Locale.ROOT)) {
                case "basedon" -> "based-on";
                case "buildson" -> "builds-on";
                default -> "see-also";
            };
            if (!targets.isEmpty()) {
                entries.add(entry("relations", new Node.Mapping(List.of(entry(relation, new Node.Sequence(targets, at))), at)));
            }
        }
        return new Node.Mapping(entries, at);
    }

    private Node names(String raw, Node.Position at) {
        List<Node> names = new ArrayList<>();
        for (String name : splitTopLevel(raw, AND)) {
            names.add(name(name.strip(), at));
        }
        return new Node.Sequence(names, at);
    }

    // "{The King's Fund}" is an organisation; "von Last, Jr, First", "von Last, First", "First von Last" a person
    private Node name(String raw, Node.Position at) {
        if (raw.startsWith("{") && closingBrace(raw, 0) == raw.length() - 1) {
            return map(at, "literal", LatexText.decode(raw));
        }
        List<String> parts = splitTopLevel(raw, Pattern.compile("\\s*,\\s*"));
        String last;
        String given;
        String suffix = null;
        if (parts.size() == 1) {
            List<String> words = splitTopLevel(raw, Pattern.compile("\\s+"));
            int lastStart = words.size() - 1;
            while (lastStart > 0 && lowercase(words.get(lastStart - 1))) {
                lastStart--;
            }
            int firstVon = lastStart;
            for (int w = 0; w < words.size() - 1; w++) {
                if (lowercase(words.get(w))) {
                    firstVon = w;
                    break;
                }
            }
            given = String.join(" ", words.subList(0, Math.min(firstVon, words.size() - 1)));
            last = String.join(" ", words.subList(Math.min(firstVon, words.size() - 1), words.size()));
        } else {
            last = parts.get(0);
            suffix = parts.size() == 3 ? parts.get(1) : null;
            given = parts.get(parts.size() - 1);
        }
        List<String> lastWords = splitTopLevel(last, Pattern.compile("\\s+"));
        int vonEnd = 0;
        while (vonEnd < lastWords.size() - 1 && lowercase(lastWords.get(vonEnd))) {
            vonEnd++;
        }
        String particle = vonEnd == 0 ? null : LatexText.decode(String.join(" ", lastWords.subList(0, vonEnd)));
        String family = LatexText.decode(String.join(" ", lastWords.subList(vonEnd, lastWords.size())));
        return map(at, "family", family, "given", given.isBlank() ? null : LatexText.decode(given),
                "suffix", suffix == null || suffix.isBlank() ? null : LatexText.decode(suffix),
                "non-dropping-particle", particle);
    }

    private static boolean lowercase(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    }

    private Node keywords(String raw, Node.Position at) {
        List<Node> out = new ArrayList<>();
        for (String k : splitTopLevel(raw, Pattern.compile("\\s*[,;]\\s*"))) {
            String decoded = LatexText.decode(k);
            if (!decoded.isEmpty()) {
                out.add(text(decoded, at));
            }
        }
        return new Node.Sequence(out, at);
    }

    // splits at a separator that stands outside braces
    private static List<String> splitTopLevel(String s, Pattern separator) {
        List<String> out = new ArrayList<>();
        StringBuilder masked = new StringBuilder(s);
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth > 0 || c == '}') {
                masked.setCharAt(i, 'x');
            }
        }
        Matcher m = separator.matcher(masked);
        int from = 0;
        while (m.find()) {
            out.add(s.substring(from, m.start()));
            from = m.end();
        }
        out.add(s.substring(from));
        out.removeIf(String::isBlank);
        return out;
    }

    private static int closingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            depth += s.charAt(i) == '{' ? 1 : s.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String month(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (int m = 0; m < 12; m++) {
            if (v.startsWith(MONTHS[m])) {
                return String.format("%02d", m + 1);
            }
        }
        return v.matches("\\d{1,2}") ? String.format("%02d", Integer.parseInt(v)) : null;
    }

    private static Node text(String text, Node.Position at) {
        return new Node.Scalar(text, true, at);
    }

    private static Node.Entry entry(String key, Node value) {
        return new Node.Entry(key, value.at(), value);
    }

    private static Node map(Node.Position at, String... pairs) {
        List<Node.Entry> entries = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                entries.add(entry(pairs[i], text(pairs[i + 1], at)));
            }
        }
        return new Node.Mapping(entries, at);
    }
}
