package org.shelfmark.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.shelfmark.formats.Utf8Sink;

/**
 * A stream as the command line writes to it: text in UTF-8, and text already encoded written
 * straight to the stream, after whatever was printed before it ({@link Utf8Sink}: a long export's
 * chunks encoded on the threads that make them).
 */
final class Utf8PrintWriter extends PrintWriter implements Utf8Sink {

    private final OutputStream bytes;

    Utf8PrintWriter(OutputStream out, boolean autoFlush) {
        super(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), autoFlush);
        this.bytes = out;
    }

    @Override
    public void writeUtf8(byte[] utf8) throws IOException {
        flush(); // what was printed before goes first
        bytes.write(utf8);
    }
}
