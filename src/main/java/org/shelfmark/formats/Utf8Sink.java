package org.shelfmark.formats;

import java.io.IOException;

/**
 * A writer that also takes text already encoded as UTF-8, written straight to the bytes under it.
 *
 * <p>A long export's chunks are then encoded by the threads that make them, not by the one that
 * writes them in order: a {@link java.io.Writer} makes each string's characters into bytes as it
 * writes them, one thread for the whole file.
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
