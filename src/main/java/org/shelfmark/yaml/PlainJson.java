package org.shelfmark.yaml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a part of a large JSON list as {@link TreeReader} reads it through Jackson (the same
 * tree, records and positions), when the part is plain: well-formed JSON, every key of a mapping
 * once, well within the reader's limits. At the first thing that is not, it gives up, and the
 * caller reads the file through {@link TreeReader}, whose messages say what is wrong and where.
 *
 * <p>It asks no location of a parser for every value, as reading through Jackson does: it counts
 * lines and columns itself, as Jackson counts them (a CR LF is one line break, columns in bytes
 * made characters by {@link Utf8Columns}).
 */
final class PlainJson {

    /**
     * The part of a file's bytes that one reader reads, when a large list is read in parts
     * ({@link JsonHalves}): where it starts, so that its lines and columns are counted as the
     * file's; and where the list's items in it end.
     *
     * @param offset  its first byte, counted from where the text starts ({@link Utf8Columns#start()})
     * @param lines   the line breaks before it
     * @param columns the bytes between the start of its line and it
     * @param end     the index of the comma after its last item (only white space between them),
     *                or -1 when the list ends in this part, with its closing bracket; asked for
     *                only when what follows an item is at or after {@code endFrom}, and waited for
     *                if not yet known
     * @param endFrom the index of a byte that the end is not before
     */
    record Part(int offset, int lines, int columns, java.util.concurrent.CompletableFuture<Integer> end, int endFrom) {
        /** A whole file. */
        static final Part WHOLE = new Part(0, 0, 0, java.util.concurrent.CompletableFuture.completedFuture(-1), 0);
    }

    // the limits given up at, short of TreeReader's, so that whatever is read here Jackson reads too
    private static final int MAX_STRING_BYTES = TreeReader.MAX_FIELD_CHARS - 16;
    private static final int MAX_NAME_BYTES = 1000;
    private static final int MAX_NUMBER_LENGTH = 90;
    private static final int MAX_DEPTH = TreeReader.MAX_DEPTH - 8;

    // thrown at the first thing not plain: never seen outside, so it needs no stack trace
    private static final class NotPlain extends Exception {
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    private final byte[] bytes;
    private final Utf8Columns columns;
    private final Part part;
    private final Consumer<Node> records;
    private int at; // the next byte to read
    private int line; // the line of the next byte, from 1, counted in the file
    private int lineStart; // where that line starts (before the part's start on its first line)

    private PlainJson(byte[] bytes, Utf8Columns columns, Part part, Consumer<Node> records) {
        this.bytes = bytes;
        this.columns = columns;
        this.part = part;
        this.records = records;
        this.at = columns.start() + part.offset();
        this.line = 1 + part.lines();
        this.lineStart = at - part.columns();
    }

    /**
     * Reads the items of a list in one part of a JSON document of well-formed UTF-8, as
     * {@link TreeReader#readRecords(byte[], Utf8Columns, Report, Consumer)} reads those of a whole
     * file, when the part is plain.
     *
     * @param bytes   the whole file
     * @param columns its columns, for this thread alone
     * @param part    the part read
     * @param records takes each item of the list in the part, in order (some may have been taken
     *                when the reader gives up)
     * @return the tree with the list left empty, or empty when the part is not plain (or holds
     *         nothing), and is to be read through {@link TreeReader}
     */
    static Optional<Node> readRecords(byte[] bytes, Utf8Columns columns, Part part, Consumer<Node> records) {
        PlainJson reader = new PlainJson(bytes, columns, part, records);
        try {
            reader.skipSpace();
            if (reader.at >= bytes.length || bytes[reader.at] != '[' && bytes[reader.at] != '{') {
                return Optional.empty(); // nothing, or a single value: left to Jackson
            }
            return Optional.of(reader.value(Level.TOP, 0));
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    // where a value stands, as in TreeReader: the document, its 'references', or within a record
    private enum Level { TOP, REFERENCES, INNER }

    private Node value(Level level, int depth) throws NotPlain {
        if (at >= bytes.length) {
            throw NotPlain.INSTANCE;
        }
        int valueLine = line;
        int column = column(at);
        return switch (bytes[at]) {
            case '{' -> mapping(valueLine, column, level == Level.TOP, depth + 1);
            case '[' -> level != Level.INNER ? records(valueLine, column, depth + 1) : sequence(valueLine, column, depth + 1);
            case '"' -> new Node.Scalar(string(false), true, valueLine, column);
            case 't' -> new Node.Scalar(word("true"), false, valueLine, column);
            case 'f' -> new Node.Scalar(word("false"), false, valueLine, column);
            case 'n' -> {
                word("null");
                yield new Node.Scalar(null, false, valueLine, column);
            }
            default -> new Node.Scalar(number(), false, valueLine, column);
        };
    }

    private Node.Mapping mapping(int mappingLine, int column, boolean top, int depth) throws NotPlain {
        checkDepth(depth);
        at++;
        if (nextIs('}')) {
            return new Node.Mapping(List.of(), mappingLine, column);
        }
        Scratch<Node.Entry> entries = scratch(depth);
        do {
            skipSpace();
            if (at >= bytes.length || bytes[at] != '"') {
                throw NotPlain.INSTANCE;
            }
            int keyLine = line;
            int keyColumn = column(at);
            String key = string(true);
            checkNew(entries, key);
            skipSpace();
            expect(':');
            skipSpace();
            boolean references = top && key.equals("references");
            entries.add(new Node.Entry(key, keyLine, keyColumn, value(references ? Level.REFERENCES : Level.INNER, depth)));
        } while (nextIs(','));
        expect('}');
        return new Node.Mapping(entries.take(), mappingLine, column);
    }

    // a key set twice is left to TreeReader, which says where it was set first; the hashes, which
    // the names made once keep, are compared first (a record's keys are mostly of a few lengths)
    private static void checkNew(Scratch<Node.Entry> entries, String key) throws NotPlain {
        int hash = key.hashCode();
        for (int i = 0; i < entries.size; i++) {
            String other = ((Node.Entry) entries.items[i]).key();
            if (other.hashCode() == hash && other.equals(key)) {
                throw NotPlain.INSTANCE;
            }
        }
    }

    private Node.Sequence sequence(int sequenceLine, int column, int depth) throws NotPlain {
        checkDepth(depth);
        at++;
        if (nextIs(']')) {
            return new Node.Sequence(List.of(), sequenceLine, column);
        }
        Scratch<Node> items = scratch(depth);
        do {
            skipSpace();
            items.add(value(Level.INNER, depth));
        } while (nextIs(','));
        expect(']');
        return new Node.Sequence(items.take(), sequenceLine, column);
    }

    // the list of records: each item handed on, none kept; a part may end after any item
    private Node.Sequence records(int listLine, int column, int depth) throws NotPlain {
        checkDepth(depth);
        at++;
        if (nextIs(']')) {
            return new Node.Sequence(List.of(), listLine, column);
        }
        do {
            skipSpace();
            records.accept(value(Level.INNER, depth));
            if (atPartEnd()) {
                return new Node.Sequence(List.of(), listLine, column);
            }
        } while (nextIs(','));
        expect(']');
        return new Node.Sequence(List.of(), listLine, column);
    }

    /*
     * The items of a mapping or list being read, gathered in an array kept for its depth and used
     * again for the next mapping or list there, then made the node's unmodifiable list (which
     * copies them): not a new ArrayList grown as it fills and then copied, for each of the
     * millions of mappings and lists a long list holds.
     */
    private static final class Scratch<T> {
        private Object[] items = new Object[16];
        private int size;

        void add(T item) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }

        // the items gathered, as an unmodifiable list; the scratch left empty for the next
        @SuppressWarnings("unchecked")
        List<T> take() {
            List<T> list = switch (size) {
                case 1 -> List.of((T) items[0]);
                case 2 -> List.of((T) items[0], (T) items[1]);
                default -> (List<T>) List.of(java.util.Arrays.copyOf(items, size));
            };
            java.util.Arrays.fill(items, 0, size, null);
            size = 0;
            return list;
        }
    }

    private final List<Scratch<Object>> scratches = new ArrayList<>();

    // the scratch of a depth (a mapping's values are read at the next depth, so each has its own)
    @SuppressWarnings("unchecked")
    private <T> Scratch<T> scratch(int depth) {
        while (scratches.size() <= depth) {
            scratches.add(new Scratch<>());
        }
        return (Scratch<T>) scratches.get(depth);
    }

    // as TreeReader's: whether only white space is left of a part that ends after an item
    private boolean atPartEnd() {
        if (part.end().getNow(0) < 0) {
            return false;
        }
        int i = at;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i++;
        }
        return i >= part.endFrom() && i == part.end().join();
    }

    private static void checkDepth(int depth) throws NotPlain {
        if (depth > MAX_DEPTH) {
            throw NotPlain.INSTANCE;
        }
    }

    // after white space: whether the next byte is this one (taken if so)
    private boolean nextIs(char c) {
        skipSpace();
        if (at < bytes.length && bytes[at] == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws NotPlain {
        if (at >= bytes.length || bytes[at] != c) {
            throw NotPlain.INSTANCE;
        }
        at++;
    }

    // white space as JSON has it, lines counted as Jackson counts them
    private void skipSpace() {
        byte[] bytes = this.bytes; // in locals, as in string
        int i = at;
        while (i < bytes.length) {
            byte b = bytes[i];
            if (b == ' ' || b == '\t') {
                i++;
            } else if (b == '\n' || b == '\r') {
                i += b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n' ? 2 : 1;
                line++;
                lineStart = i;
            } else {
                break;
            }
        }
        at = i;
    }

    // the column of a byte on the current line, in characters, from 1
    private int column(int index) {
        int byteColumn = index - lineStart + 1;
        return Math.max(1, columns.column(index - columns.start(), byteColumn));
    }

    // a string at its opening quote; escapes and characters of several bytes made text
    private String string(boolean name) throws NotPlain {
        int maxBytes = name ? MAX_NAME_BYTES : MAX_STRING_BYTES;
        // the bytes and the place in locals: C1 keeps no field in a register across a loop
        byte[] bytes = this.bytes;
        int start = at + 1;
        int i = start;
        boolean ascii = true;
        int hash = 0; // as String's, for the tables below: worked out as the bytes are read
        while (true) {
            if (i >= bytes.length || i - start > maxBytes) {
                throw NotPlain.INSTANCE;
            }
            byte b = bytes[i];
            if (b == '"') {
                String s = name && ascii ? known(names, hash, start, i)
                        : ascii && i - start <= MAX_KNOWN_VALUE ? known(values, hash, start, i)
                        : new String(bytes, start, i - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
                at = i + 1;
                return s;
            }
            if (b == '\\') {
                at = i;
                return escaped(start, maxBytes, name);
            }
            if (b >= 0 && b < 0x20) {
                throw NotPlain.INSTANCE; // a control character not escaped
            }
            ascii &= b >= 0;
            hash = 31 * hash + b;
            i++;
        }
    }

    /** Strings made for texts of the file, each kept in the slot of its hash (the last one made there). */
    private static final class Known {
        final String[] strings;
        final int[] hashes; // each string's, beside it: another text in its slot is told apart without reading it

        Known(int slots) {
            strings = new String[slots];
            hashes = new int[slots];
        }
    }

    // The names of keys, each made once (as Jackson makes them once): a list's records name the same
    // few keys over and over, and each record keeps its keys' names for its messages. A string for
    // every name of 100,000 records was some 40 MB more kept while reading, each byte of it copied
    // by a collection.
    private final Known names = new Known(256);

    // Short values too: a list names the same people, journals, publishers, places, volumes and
    // issues over and over, and a record keeps each. A string for each was 29 MB of the 107 MB
    // that 100,000 generated records hold (src/bench/generate.mjs), each byte of it copied by a
    // collection. A value longer than this (a title, a URL) is seldom given twice, and made as read.
    static final int MAX_KNOWN_VALUE = 32;
    static final int VALUE_SLOTS = 4096;
    private final Known values = new Known(VALUE_SLOTS);

    // ASCII text between two bytes, of this hash: the string made before for the same text where
    // the table keeps it, else a new one, kept there
    private String known(Known table, int hash, int start, int end) {
        int slot = slot(hash, table.strings.length);
        String known = table.strings[slot];
        if (known != null && table.hashes[slot] == hash && same(known, start, end)) {
            return known;
        }
        String made = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        table.strings[slot] = made;
        table.hashes[slot] = hash;
        return made;
    }

    private boolean same(String known, int start, int end) {
        if (known.length() != end - start) {
            return false;
        }
        byte[] bytes = this.bytes;
        for (int i = start; i < end; i++) {
            if (known.charAt(i - start) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@return the slot of a text's hash in a table of these many slots, a power of two} */
    static int slot(int hash, int slots) {
        return (hash ^ hash >>> 8) & (slots - 1);
    }

    // the rest of a string that holds an escape, from its start; Jackson refuses a name with an
    // escaped surrogate that is not half of a pair, and every name with one escaped is left to it
    private String escaped(int start, int maxBytes, boolean name) throws NotPlain {
        StringBuilder text = new StringBuilder(new String(bytes, start, at - start, StandardCharsets.UTF_8));
        int run = at;
        while (true) {
            if (at >= bytes.length || at - start > maxBytes) {
                throw NotPlain.INSTANCE;
            }
            byte b = bytes[at];
            if (b == '"' || b == '\\') {
                text.append(new String(bytes, run, at - run, StandardCharsets.UTF_8));
                if (b == '"') {
                    at++;
                    return text.toString();
                }
                char c = escape();
                if (name && Character.isSurrogate(c)) {
                    throw NotPlain.INSTANCE;
                }
                text.append(c);
                run = at;
            } else if (b >= 0 && b < 0x20) {
                throw NotPlain.INSTANCE;
            } else {
                at++;
            }
        }
    }

    // the escape at a backslash, taken
    private char escape() throws NotPlain {
        if (at + 1 >= bytes.length) {
            throw NotPlain.INSTANCE;
        }
        byte e = bytes[at + 1];
        at += 2;
        return switch (e) {
            case '"', '\\', '/' -> (char) e;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw NotPlain.INSTANCE;
        };
    }

    private char unicode() throws NotPlain {
        if (at + 4 > bytes.length) {
            throw NotPlain.INSTANCE;
        }
        int c = 0;
        for (int end = at + 4; at < end; at++) {
            int digit = Character.digit(bytes[at], 16);
            if (digit < 0 || bytes[at] < 0) {
                throw NotPlain.INSTANCE;
            }
            c = c * 16 + digit;
        }
        return (char) c;
    }

    // true, false or null, ending where a value may end
    private String word(String word) throws NotPlain {
        int end = at + word.length();
        if (end > bytes.length) {
            throw NotPlain.INSTANCE;
        }
        for (int i = 0; i < word.length(); i++) {
            if (bytes[at + i] != word.charAt(i)) {
                throw NotPlain.INSTANCE;
            }
        }
        at = end;
        return word; // what follows is the list's or mapping's to check, as after any value
    }

    // a number as JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, its text as written
    private String number() throws NotPlain {
        int start = at;
        if (at < bytes.length && bytes[at] == '-') {
            at++;
        }
        if (at < bytes.length && bytes[at] == '0') {
            at++;
        } else if (digits() == 0) {
            throw NotPlain.INSTANCE;
        }
        if (at < bytes.length && bytes[at] == '.') {
            at++;
            if (digits() == 0) {
                throw NotPlain.INSTANCE;
            }
        }
        if (at < bytes.length && (bytes[at] == 'e' || bytes[at] == 'E')) {
            at++;
            if (at < bytes.length && (bytes[at] == '+' || bytes[at] == '-')) {
                at++;
            }
            if (digits() == 0) {
                throw NotPlain.INSTANCE;
            }
        }
        if (at - start > MAX_NUMBER_LENGTH) {
            throw NotPlain.INSTANCE;
        }
        return new String(bytes, start, at - start, StandardCharsets.ISO_8859_1);
    }

    private int digits() {
        int start = at;
        while (at < bytes.length && bytes[at] >= '0' && bytes[at] <= '9') {
            at++;
        }
        return at - start;
    }
}
