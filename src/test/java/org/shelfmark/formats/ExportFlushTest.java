package org.shelfmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.ExchangeFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Reference;

/**
 * An export flushes its writer a few times at most, however many entries it writes, and last at
 * the end: a flush an entry is a system call an entry.
 */
class ExportFlushTest {

    private static final List<Reference> RECORDS = new RandomRecords(3).records(50, false);

    /** A writer that counts its flushes and the text written before the last one. */
    private static final class Counting extends Writer {
        final StringWriter text = new StringWriter();
        int flushes;
        int flushedLength;

        @Override
        public void write(char[] chars, int offset, int length) {
            text.write(chars, offset, length);
        }

        @Override
        public void flush() {
            flushes++;
            flushedLength = text.getBuffer().length();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void noFormatFlushesAnEntryAndEveryFormatFlushesAtTheEnd() throws IOException {
        for (ExchangeFormat format : ExchangeFormat.values()) {
            Counting one = new Counting();
            Shelfmark.export(RECORDS.subList(0, 1), format, one);
            Counting out = new Counting();
            Shelfmark.export(RECORDS, format, out);
            assertEquals(one.flushes, out.flushes, format + ": flushes for one entry and for fifty");
            assertTrue(out.flushedLength > 0 && out.flushedLength == out.text.getBuffer().length(),
                    format + ": everything written before the flush");
        }
    }
}
