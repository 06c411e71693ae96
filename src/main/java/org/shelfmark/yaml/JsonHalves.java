package org.shelfmark.yaml;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;

/**
 * Reads a large CSL-JSON list in two halves at once, each parsed and its records read on a core of
 * its own: the list is cut at the comma between two of its items nearest after the middle, and the
 * second half read from there as a list of its own, its lines and columns counted as the file's.
 *
 * <p>Each half is read by {@link PlainJson}, which gives what reading through Jackson gives, or
 * gives up at the first thing that is not plain JSON: a problem of syntax, a key set twice, a value
 * near the reader's limits. The halves are kept only when neither gives up: then the file is a
 * list whose items each half holds whole. When either does (or the cut fell where the file was
 * not what it seemed), nothing of the halves is kept, and the caller reads the file whole, through
 * Jackson, which finds the problems as it always does.
 */
final class JsonHalves {

    /**
     * Below this (some 9,000 records), a list is read as before: parsed on one thread, its records
     * read on another ({@link RecordPipeline}).
     */
    static final int MIN_BYTES = 4 << 20;

    private JsonHalves() {
    }

    /**
     * What reading a list in halves gives.
     *
     * @param tree  the document, its list left empty (as {@link TreeReader#readRecords} gives it)
     * @param parts the records of each half, in order
     */
    record Read(Node tree, List<RecordList> parts) {
    }

    /**
     * Where a list is cut: a comma between two of its items.
     *
     * @param comma  its index in the file's bytes
     * @param lines  the line breaks before it
     * @param column the bytes between the start of its line and it
     */
    record Cut(int comma, int lines, int column) {
    }

    /**
     * What reading a list in halves gave.
     *
     * @param columns the file's columns, or {@code null} when it is not well-formed UTF-8
     * @param halves  the list read in halves (or whole, by the first, when it cannot be cut), or
     *                empty when it is small, not UTF-8, or either half is not plain JSON
     */
    record Attempt(Utf8Columns columns, Optional<Read> halves) {
    }

    /**
     * {@return the file's columns, and its list read in halves when it is large}
     *
     * @param bytes  the whole file (a byte is changed while it is read, and put back)
     * @param start  where its text starts, after any byte-order mark
     * @param source the file's name, as messages give it
     */
    static Attempt read(byte[] bytes, int start, String source) {
        if (bytes.length - start < MIN_BYTES) {
            return new Attempt(Utf8Columns.of(bytes, start), Optional.empty());
        }
        return read(bytes, start, start + (bytes.length - start) / 2, source);
    }

    /**
     * {@return the first comma between two items of the document's top-level list at or after a
     * byte, or {@code null} when the document is not a list or has no such comma}
     *
     * @param bytes the whole file
     * @param start where its text starts
     * @param from  the first byte the comma may be at
     */
    static Cut find(byte[] bytes, int start, int from) {
        int lines = 0;
        int lineStart = start;
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
                continue;
            }
            switch (b) {
                case '"' -> inString = true;
                case '[', '{' -> {
                    if (depth++ == 0 && b == '{') {
                        return null; // a mapping, not a list
                    }
                }
                case ']', '}' -> {
                    if (--depth <= 0) {
                        return null;
                    }
                }
                case ',' -> {
                    if (depth == 1 && i >= from) {
                        return new Cut(i, lines, i - lineStart);
                    }
                }
                case '\n', '\r' -> { // as Jackson counts lines: CR LF is one break
                    if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                        i++;
                    }
                    lines++;
                    lineStart = i + 1;
                }
                case ' ', '\t' -> { }
                default -> {
                    if (depth == 0) {
                        return null; // the document is no list
                    }
                }
            }
        }
        return null;
    }

    /**
     * {@return the file's columns, and its list read in halves cut at the first comma between two
     * of its items at or after a byte (or whole, on one thread, when there is none)} The second
     * thread looks for the comma while this one works out the file's columns, which checks that it
     * is UTF-8: two scans, of the file to the cut and of the whole file, on both cores at once
     * rather than one after the other.
     * It then reads the second half from the comma; the first stops there, waiting for the comma to
     * be found if it gets that far first.
     *
     * @param bytes  the whole file (the comma is changed while it is read, and put back)
     * @param start  where its text starts, after any byte-order mark
     * @param from   the first byte the cut may be at
     * @param source the file's name, as messages give it
     */
    static Attempt read(byte[] bytes, int start, int from, String source) {
        CompletableFuture<Integer> end = new CompletableFuture<>();
        CompletableFuture<Utf8Columns> made = new CompletableFuture<>();
        FutureTask<Half> later = new FutureTask<>(() -> {
            Cut cut = null;
            try {
                cut = find(bytes, start, from);
            } finally {
                end.complete(cut == null ? -1 : cut.comma());
            }
            Utf8Columns columns = made.join();
            if (cut == null || columns == null) {
                return null;
            }
            bytes[cut.comma()] = '['; // the second half is read as a list of its own
            try {
                return Half.read(bytes, columns.copy(), new PlainJson.Part(cut.comma() - start, cut.lines(),
                        cut.column(), PlainJson.Part.WHOLE.end(), 0), source);
            } finally {
                bytes[cut.comma()] = ',';
            }
        });
        Thread thread = new Thread(later, "shelfmark-second-half");
        thread.setDaemon(true);
        thread.start();
        try {
            Utf8Columns columns = null;
            try {
                columns = Utf8Columns.of(bytes, start);
            } finally {
                made.complete(columns);
            }
            if (columns == null) {
                return new Attempt(null, Optional.empty());
            }
            Half one = Half.read(bytes, columns, new PlainJson.Part(0, 0, 0, end, from), source);
            Half two = Background.result(later, "reading records");
            if (!one.readWell() || two != null && !two.readWell()) {
                return new Attempt(columns, Optional.empty());
            }
            // without a comma to cut at, the first read the whole list
            return new Attempt(columns, Optional.of(new Read(one.tree(),
                    two == null ? List.of(one.records()) : List.of(one.records(), two.records()))));
        } finally {
            join(thread);
        }
    }

    private static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // one half: its tree (null when it is not plain JSON) and its records
    private record Half(Node tree, RecordList records) {
        static Half read(byte[] bytes, Utf8Columns columns, PlainJson.Part part, String source) {
            RecordList records = new RecordList(source);
            return new Half(PlainJson.readRecords(bytes, columns, part, records).orElse(null), records);
        }

        boolean readWell() {
            return tree != null;
        }
    }
}
