package org.shelfmark.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into a {@link Node} tree under fixed limits, reporting duplicate keys,
 * anchors and aliases, and syntax errors with their positions.
 *
 * <p>Anchors and aliases are refused outright: a hand-edited record has no need of them, and
 * refusing them makes alias bombs impossible rather than merely bounded.
 */
final class TreeReader {

    /** The largest file read: a record is a few kilobytes; a CSL-JSON input may be large. */
    static final int MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;
    static final int MAX_FIELD_CHARS = 1024 * 1024;
    static final int MAX_DEPTH = 64;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_CHARS)
            .maxStringLength(MAX_FIELD_CHARS)
            .maxNestingDepth(MAX_DEPTH)
            .maxNameLength(1024)
            .maxNumberLength(100)
            .build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(LIMITS)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();

    private final JsonParser parser;
    private final Report report;
    private final Consumer<Node> records; // where the items of the list of records go as read; null: into the tree
    private final Utf8Columns columns; // for a parser of bytes, whose columns count bytes; null: of text

    private TreeReader(JsonParser parser, Report report, Consumer<Node> records, Utf8Columns columns) {
        this.parser = parser;
        this.report = report;
        this.records = records;
        this.columns = columns;
    }

    /**
     * Reads one document.
     *
     * @param text   the whole file
     * @param json   whether to read it as JSON rather than YAML
     * @param report where problems go
     * @return the tree, or empty when the text is empty or could not be read at all
     */
    static Optional<Node> read(String text, boolean json, Report report) {
        return read(text, json, report, null);
    }

    /**
     * Reads one document that holds a list of records, handing each record's tree on as soon as
     * it is read, so that the trees of a large file are never all held at once. The list is the
     * document itself, or the value of {@code references} in a mapping (as pandoc writes CSL-YAML).
     * Whatever the document holds, every problem of its syntax is reported as {@link #read} does.
     *
     * @param text    the whole file
     * @param json    whether to read it as JSON rather than YAML
     * @param report  where problems go
     * @param records takes each item of the list, in order
     * @return the tree with the list of records left empty, or empty when the text is empty or
     *         could not be read at all (some items may have been handed on before a late error)
     */
    static Optional<Node> readRecords(String text, boolean json, Report report, Consumer<Node> records) {
        return read(text, json, report, java.util.Objects.requireNonNull(records));
    }

    /**
     * Reads one JSON document of well-formed UTF-8 that holds a list of records, as
     * {@link #readRecords(String, boolean, Report, Consumer)} reads its text: the same tree, records
     * and problems, at the same lines and columns, without decoding the whole file first.
     *
     * @param bytes   the whole file
     * @param columns its columns ({@link Utf8Columns#of}, which says where the text starts)
     * @param report  where problems go
     * @param records takes each item of the list, in order
     * @return as {@link #readRecords(String, boolean, Report, Consumer)} does
     */
    static Optional<Node> readRecords(byte[] bytes, Utf8Columns columns, Report report, Consumer<Node> records) {
        int from = columns.start();
        // no more bytes than MAX_DOCUMENT_CHARS are read (SourceText.bytes), so no more characters
        try (JsonParser p = JSON.createParser(bytes, from, bytes.length - from)) {
            return parse(new TreeReader(p, report, java.util.Objects.requireNonNull(records), columns));
        } catch (IOException e) {
            report.error(new Node.Position(1, 1), "cannot read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Node> read(String text, boolean json, Report report, Consumer<Node> records) {
        if (text.length() > MAX_DOCUMENT_CHARS) {
            report.error(new Node.Position(1, 1), "the file has " + text.length()
                    + " characters; at most " + MAX_DOCUMENT_CHARS + " are read");
            return Optional.empty();
        }
        try (JsonParser p = (json ? JSON : YAML).createParser(text)) {
            return parse(new TreeReader(p, report, records, null));
        } catch (IOException e) {
            report.error(new Node.Position(1, 1), "cannot read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Node> parse(TreeReader reader) throws IOException {
        try {
            JsonToken first = reader.parser.nextToken();
            return first == null ? Optional.empty() : Optional.of(reader.value(first, Level.TOP));
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                reader.report.error(position(yaml.getProblemMark()), yamlMessage(yaml));
            } else {
                reader.report.error(reader.position(e.getLocation()), cleanMessage(e));
            }
            return Optional.empty();
        }
    }

    // where a value stands, for finding the list of records: the document itself, or its 'references'
    private enum Level { TOP, REFERENCES, INNER }

    private Node value(JsonToken token, Level level) throws IOException {
        Node.Position at = position(parser.currentTokenLocation());
        if (!checkNoAnchor(at)) {
            return new Node.Scalar(null, false, at); // reported; read on as if the value were absent
        }
        return switch (token) {
            case START_OBJECT -> mapping(at, level == Level.TOP);
            case START_ARRAY -> level != Level.INNER && records != null ? records(at) : sequence(at);
            case VALUE_NULL -> new Node.Scalar(null, false, at);
            case VALUE_STRING -> new Node.Scalar(bounded(parser.getText(), at), true, at);
            default -> new Node.Scalar(parser.getText(), false, at);
        };
    }

    // Jackson bounds a JSON string itself; YAML's parser does not, so a long value is refused here
    private String bounded(String text, Node.Position at) {
        if (text.length() <= MAX_FIELD_CHARS) {
            return text;
        }
        report.error(at, "a value of " + text.length() + " characters; at most " + MAX_FIELD_CHARS + " are read");
        return null;
    }

    private Node.Mapping mapping(Node.Position at, boolean top) throws IOException {
        List<Node.Entry> entries = new ArrayList<>();
        Map<String, Node.Position> seen = new HashMap<>();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Node.Position keyAt = position(parser.currentTokenLocation());
            boolean references = top && key.equals("references") && !seen.containsKey(key);
            Node value = value(parser.nextToken(), references ? Level.REFERENCES : Level.INNER);
            Node.Position first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                report.error(keyAt, "duplicate key '" + key + "': it is already set at line "
                        + first.line() + ", column " + first.column());
            } else {
                entries.add(new Node.Entry(key, keyAt, value));
            }
        }
        return new Node.Mapping(entries, at);
    }

    private Node.Sequence sequence(Node.Position at) throws IOException {
        List<Node> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(t, Level.INNER));
        }
        return new Node.Sequence(items, at);
    }

    // the list of records: each item handed on, none kept
    private Node.Sequence records(Node.Position at) throws IOException {
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            records.accept(value(t, Level.INNER));
        }
        return new Node.Sequence(List.of(), at);
    }

    /** Reports an alias, or an anchor on a list or mapping; {@return false for an alias} */
    private boolean checkNoAnchor(Node.Position at) throws IOException {
        if (parser instanceof YAMLParser y) {
            if (y.isCurrentAlias()) {
                report.error(at, "alias '*" + y.getText() + "' is not allowed: write the value out in full");
                return false;
            }
            // Jackson shows anchors on lists and mappings only; one on a single value is harmless
            // without an alias, and every alias is refused.
            if (y.getCurrentAnchor() != null) {
                report.error(at, "anchor '&" + y.getCurrentAnchor() + "' is not allowed: write each value out in full");
            }
        }
        return true;
    }

    private Node.Position position(JsonLocation l) {
        if (l == null) {
            return new Node.Position(1, 1);
        }
        int column = columns == null ? l.getColumnNr() : columns.column(l.getByteOffset(), l.getColumnNr());
        return new Node.Position(Math.max(1, l.getLineNr()), Math.max(1, column));
    }

    private static Node.Position position(Mark mark) {
        return new Node.Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    // SnakeYAML's own message repeats the source lines; its parts read better on one line.
    private static String yamlMessage(MarkedYAMLException e) {
        String m = "not valid YAML: " + e.getProblem();
        Mark context = e.getContextMark();
        if (e.getContext() != null && context != null) {
            m += " (" + e.getContext() + " at line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1) + ")";
        }
        return m.replaceAll("\\s*\\n\\s*", " ");
    }

    // Jackson appends its own location and source excerpt; our prefix already says where.
    private static String cleanMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        int cut = m.indexOf(" at [Source");
        m = cut >= 0 ? m.substring(0, cut) : m;
        m = m.replaceAll("\\s*\\n\\s*", " ").replaceAll("\\s*\\(start marker$", "").strip();
        // Jackson's parsers of text and of bytes word this one differently; the short one reads better
        m = m.replace("expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "expected a value");
        if (m.contains("nesting depth")) {
            return "values are nested more than " + MAX_DEPTH + " deep, and a record needs a few levels at most";
        }
        if (m.contains("String value length")) {
            return "a value of more than " + MAX_FIELD_CHARS + " characters; at most " + MAX_FIELD_CHARS + " are read";
        }
        return "not valid YAML or JSON: " + m;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit(MAX_DOCUMENT_CHARS);
        o.setMaxAliasesForCollections(0);
        o.setNestingDepthLimit(MAX_DEPTH);
        o.setAllowDuplicateKeys(true);
        return o;
    }
}
