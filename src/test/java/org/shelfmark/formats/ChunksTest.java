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
