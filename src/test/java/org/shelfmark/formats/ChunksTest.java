package org.shelfmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.shelfmark.ExchangeFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Reference;

/** A long list is written a chunk at a time on every core, and reads as one pass would write it. */
class ChunksTest {

    private static String numbers(int size) throws IOException {
        StringWriter out = new StringWriter();
        Chunks.write(size, (from, to, w) -> {
            for (int i = from; i < to; i++) {
                w.write(i + "\n");
            }
        }, out);
        return out.toString();
    }

    @Test
    void everyEntryIsWrittenOnceInOrderWhateverTheChunksAre() throws IOException {
        for (int size : new int[] {0, 1, Chunks.SIZE - 1, Chunks.SIZE, Chunks.SIZE + 1, 7 * Chunks.SIZE + 3}) {
            assertEquals(IntStream.range(0, size).mapToObj(i -> i + "\n").collect(Collectors.joining()), numbers(size),
                    size + " entries");
        }
    }

    private static String built(int size) throws IOException {
        StringWriter out = new StringWriter();
        Chunks.build(size, (from, to, text) -> {
            for (int i = from; i < to; i++) {
                text.append(i).append('\n');
            }
        }, out);
        return out.toString();
    }

    @Test
    void everyEntryBuiltIsWrittenOnceInOrderWhateverTheChunksAre() throws IOException {
        for (int size : new int[] {0, 1, Chunks.SIZE - 1, Chunks.SIZE, Chunks.SIZE + 1, 7 * Chunks.SIZE + 3}) {
            assertEquals(numbers(size), built(size), size + " entries");
        }
    }

    // the fourth chunk and those after it fail
    private static void failFromTheFourthChunk(int from, RuntimeException failure) {
        if (from >= 3 * Chunks.SIZE) {
            throw failure;
        }
    }

    @Test
    void whatAChunkThrowsComesBack() {
        IllegalArgumentException bad = new IllegalArgumentException("bad entry");
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> Chunks.write(5 * Chunks.SIZE,
                (from, to, w) -> failFromTheFourthChunk(from, bad), new StringWriter())));
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> Chunks.build(5 * Chunks.SIZE,
                (from, to, text) -> failFromTheFourthChunk(from, bad), new StringWriter())), "a chunk built");
        IOException io = new IOException("disk full");
        assertSame(io, assertThrows(IOException.class, () -> Chunks.write(5 * Chunks.SIZE, (from, to, w) -> {
            throw io;
        }, new StringWriter())));
    }

    // A writer that takes bytes too (as the command line's standard output does), keeping both in
    // order as text, and counting the chunks given as bytes.
    private static final class BytesToo extends java.io.Writer implements Utf8Sink {
        final StringBuilder text = new StringBuilder();
        int chunks;

        @Override
        public void writeUtf8(byte[] utf8) {
            chunks++;
            text.append(new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aWriterThatTakesBytesGetsEachChunkEncodedAndTheSameText() throws IOException {
        // letters beyond Latin-1 and beyond the BMP, so that chunks are strings of both kinds
        int size = 3 * Chunks.SIZE + 7;
        Chunks.TextPart part = (from, to, text) -> {
            for (int i = from; i < to; i++) {
                text.append(i).append(i % 3 == 0 ? " \u00e9" : i % 3 == 1 ? " \u20ac \ud83d\ude00" : "").append('\n');
            }
        };
        StringWriter plain = new StringWriter();
        Chunks.build(size, part, plain);
        BytesToo built = new BytesToo();
        Chunks.build(size, part, built);
        assertEquals(plain.toString(), built.text.toString());
        assertEquals(4, built.chunks);
        BytesToo written = new BytesToo();
        Chunks.write(size, (from, to, w) -> {
            StringBuilder text = new StringBuilder();
            part.write(from, to, text);
            w.write(text.toString());
        }, written);
        assertEquals(plain.toString(), written.text.toString());
        assertEquals(4, written.chunks);
    }

    @Test
    void aLongExportHasEveryRecordInOrder() throws IOException {
        List<Reference> records = new RandomRecords(11).records(2 * Chunks.SIZE + 500, false);
        StringWriter ris = new StringWriter();
        Shelfmark.export(records, ExchangeFormat.RIS, ris);
        assertEquals(records.size(), ris.toString().split("\r\nER  - \r\n", -1).length - 1);
        StringWriter bib = new StringWriter();
        Shelfmark.export(records, ExchangeFormat.BIBTEX, bib);
        List<String> keys = new ArrayList<>();
        Matcher entry = Pattern.compile("(?m)^@[a-z]+\\{(.*),$").matcher(bib.toString());
        while (entry.find()) {
            keys.add(entry.group(1));
        }
        Map<String, String> expected = CitationKeys.of(records);
        assertEquals(List.copyOf(expected.values()), keys);
        assertEquals(-1, bib.toString().indexOf("}\n@"), "entries apart by a blank line, across chunks too");
    }
}
