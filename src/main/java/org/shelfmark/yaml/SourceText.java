package org.shelfmark.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads a file's bytes as UTF-8 text within a size limit, reporting what stops it. */
final class SourceText {

    private SourceText() {
    }

    /**
     * {@return the text, without a byte-order mark, or empty after reporting a file that is too
     * large or not UTF-8}
     */
    static Optional<String> read(InputStream in, long maxBytes, Report report) throws IOException {
        return read(in, maxBytes, StandardCharsets.UTF_8, "", report);
    }

    /**
     * {@return the text in an encoding, without a byte-order mark, or empty after reporting a file
     * that is too large or not in that encoding}
     */
    static Optional<String> read(InputStream in, long maxBytes, java.nio.charset.Charset charset, Report report) throws IOException {
        // old EndNote and Reference Manager exports are Latin-1 or Windows-1252: never guessed, since
        // a wrong guess changes letters silently, but named
        return read(in, maxBytes, charset, ", or, if it is an old export in Latin-1 or Windows-1252, read it with"
                + " --encoding windows-1252", report);
    }

    private static Optional<String> read(InputStream in, long maxBytes, java.nio.charset.Charset charset, String hint,
            Report report) throws IOException {
        return bytes(in, maxBytes, report).flatMap(bytes -> decode(bytes, charset, hint, report));
    }

    /** {@return the file's bytes, or empty after reporting a file that is too large} */
    static Optional<byte[]> bytes(InputStream in, long maxBytes, Report report) throws IOException {
        byte[] bytes = readUpTo(in, (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            report.error(new Node.Position(1, 1), "the file is larger than " + maxBytes + " bytes, the most read");
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    // A file says how many bytes it has (available): they are read into an array of that size a
    // megabyte at a time, not 8 kB at a time into buffers joined at the end (for a file of 46 MB,
    // 5,600 reads and the bytes copied twice), nor in one read, for which the JDK makes a buffer
    // outside the heap as large as the file. What more there is, from a file that grew or a stream
    // that does not say, is read after.
    static byte[] readUpTo(InputStream in, int limit) throws IOException {
        int expected = Math.min(Math.max(in.available(), 0), limit);
        byte[] bytes = new byte[expected];
        int read = 0;
        while (read < expected) {
            int n = in.read(bytes, read, Math.min(expected - read, 1 << 20));
            if (n < 0) {
                break;
            }
            read += n;
        }
        if (read < expected) {
            return java.util.Arrays.copyOf(bytes, read);
        }
        byte[] more = in.readNBytes(limit - expected);
        if (more.length == 0) {
            return bytes;
        }
        byte[] all = java.util.Arrays.copyOf(bytes, expected + more.length);
        System.arraycopy(more, 0, all, expected, more.length);
        return all;
    }

    /** {@return the length of the UTF-8 byte-order mark the bytes start with, or 0} */
    static int byteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    }

    /** {@return the text of UTF-8 bytes, without a byte-order mark, or empty after reporting bytes that are not UTF-8} */
    static Optional<String> decode(byte[] bytes, Report report) {
        return decode(bytes, StandardCharsets.UTF_8, "", report);
    }

    private static Optional<String> decode(byte[] bytes, java.nio.charset.Charset charset, String hint, Report report) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // the JDK's own decoding is many times faster than a decoder's; it puts U+FFFD for each
            // byte that is not UTF-8, so text without one was all UTF-8 (else the decoder says where not)
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
            }
        }
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            if (!charset.equals(StandardCharsets.UTF_8)) {
                report.error(new Node.Position(1, 1), "the file is not " + charset.name() + " text");
                return Optional.empty();
            }
            report.error(positionOfBadByte(bytes), "the file is not UTF-8 text: save it as UTF-8" + hint);
            return Optional.empty();
        }
    }

    private static Node.Position positionOfBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = 0;
        int good = 0;
        for (int end = 1; end <= bytes.length; end++) {
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, good, end - good));
                for (int i = good; i < end; i++) {
                    if (bytes[i] == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                good = end;
            } catch (CharacterCodingException e) {
                if (end - good >= 4) {
                    break;
                }
            }
        }
        String before = new String(bytes, lineStart, good - lineStart, StandardCharsets.UTF_8);
        return new Node.Position(line, before.codePointCount(0, before.length()) + 1);
    }
}
