package org.shelfmark.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Writes a long list a chunk at a time, the chunks made on every core and written in the list's
 * order: the same text as one pass over the list, sooner where there are cores to spare. A short
 * list is written in one pass on the caller's thread. Only a few chunks are held at once.
 */
public final class Chunks {

    /** How many entries a chunk holds: a few hundred kilobytes of text. */
    static final int SIZE = 1000;

    private Chunks() {
    }

    /** Writes the entries {@code from} (inclusive) to {@code to} (exclusive) of a list. */
    @FunctionalInterface
    public interface Part {
        /**
         * Writes some entries.
         *
         * @param from the first entry's index
         * @param to   the index after the last
         * @param out  where to write
         * @throws IOException if writing fails
         */
        void write(int from, int to, Writer out) throws IOException;
    }

    /** Makes the text of the entries {@code from} (inclusive) to {@code to} (exclusive) of a list. */
    @FunctionalInterface
    public interface TextPart {
        /**
         * Adds some entries' text.
         *
         * @param from the first entry's index
         * @param to   the index after the last
         * @param text where to add it
         */
        void write(int from, int to, StringBuilder text);
    }

    /**
     * Writes the entries of a list, in order.
     *
     * @param size how many entries the list has
     * @param part writes some of them; called from several threads at once, each with its own range
     * @param out  where the whole goes
     * @throws IOException if writing fails
     */
    public static void write(int size, Part part, Writer out) throws IOException {
        if (threads(size) <= 1) {
            part.write(0, size, out);
            return;
        }
        inChunks(size, (from, to, capacity) -> {
            Text s = new Text(capacity);
            part.write(from, to, s);
            return s.text;
        }, out);
    }

    /**
     * Writes the entries of a list, in order, each chunk's text made straight into a builder of
     * its own: for a writer that makes its text in a {@link StringBuilder}, what {@link #write}
     * gives without the text copied into the chunk's.
     *
     * @param size how many entries the list has
     * @param part makes some of them; called from several threads at once, each with its own range
     * @param out  where the whole goes
     * @throws IOException if writing fails
     */
    public static void build(int size, TextPart part, Writer out) throws IOException {
        if (threads(size) <= 1) {
            StringBuilder text = new StringBuilder();
            part.write(0, size, text);
            out.write(text.toString());
            return;
        }
        inChunks(size, (from, to, capacity) -> {
            StringBuilder text = new StringBuilder(capacity);
            part.write(from, to, text);
            return text;
        }, out);
    }

    private static int threads(int size) {
        return Math.min(Runtime.getRuntime().availableProcessors(), (size + SIZE - 1) / SIZE);
    }

    // one chunk's text, in a builder of the capacity given
    private interface Maker {
        StringBuilder make(int from, int to, int capacity) throws IOException;
    }

    // Where the writer takes bytes (Utf8Sink), each chunk is encoded on the thread that made it:
    // written as strings, the writing thread encoded every character of the file itself.
    private static void inChunks(int size, Maker maker, Writer out) throws IOException {
        if (out instanceof Utf8Sink sink) {
            inChunks(size, maker, text -> text.toString().getBytes(StandardCharsets.UTF_8), sink::writeUtf8);
        } else {
            inChunks(size, maker, StringBuilder::toString, out::write);
        }
    }

    // where a chunk, made and finished, goes
    private interface Sink<T> {
        void write(T chunk) throws IOException;
    }

    private static <T> void inChunks(int size, Maker maker, Function<StringBuilder, T> finish, Sink<T> out)
            throws IOException {
        int chunks = (size + SIZE - 1) / SIZE;
        int threads = threads(size);
        AtomicInteger longest = new AtomicInteger(256 * 1024);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "shelfmark-chunks");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<T>> made = new ArrayDeque<>();
            int next = 0;
            while (next < chunks || !made.isEmpty()) {
                while (next < chunks && made.size() < 2 * threads) {
                    int from = next++ * SIZE;
                    made.add(pool.submit(() -> finish.apply(text(maker, longest, from, Math.min(size, from + SIZE)))));
                }
                out.write(take(made.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // A builder that grows copies what it holds into an array twice as long: each chunk's starts
    // an eighth longer than the longest chunk made yet (JFR's allocation samples of a 100,000-record
    // BibTeX export gave 112 MB of arrays made as the builders of chunks of some 300 kB grew from
    // 256 kB, once in the entries' builder and once more in the chunk's).
    private static StringBuilder text(Maker maker, AtomicInteger longest, int from, int to) throws IOException {
        int known = longest.get();
        StringBuilder text = maker.make(from, to, known + known / 8);
        longest.accumulateAndGet(text.length(), Math::max);
        return text;
    }

    /**
     * A writer into a string, sized for a chunk and not synchronized: a {@link java.io.StringWriter}
     * takes a lock for every write (a sixth of the time of a long BibTeX export) and grows from
     * sixteen characters.
     */
    private static final class Text extends Writer {
        private final StringBuilder text;

        Text(int capacity) {
            text = new StringBuilder(capacity);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            if (offset == 0 && length == s.length()) {
                text.append(s); // copied whole: a part of a string is appended a character at a time
            } else {
                text.append(s, offset, offset + length);
            }
        }

        @Override
        public Writer append(CharSequence s) {
            text.append(s);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static <T> T take(Future<T> chunk) throws IOException {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
