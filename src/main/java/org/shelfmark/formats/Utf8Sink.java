package org.shelfmark.formats;

import java.io.IOException;

/**
 * What a {@link java.io.Writer} implements to take text already encoded as UTF-8 as well, written
 * straight to the bytes under it: given such a writer, an export ({@code Shelfmark.export}) writes
 * a long list's chunks as bytes, each encoded by the thread that made it rather than all by the
 * one that writes them in order.
 */
public interface Utf8Sink {

    /**
     * Writes text encoded as UTF-8, after everything written to the writer before it.
     *
     * @param utf8 the text's bytes
     * @throws IOException if writing fails
     */
    void writeUtf8(byte[] utf8) throws IOException;
}
