package org.shelfmark.yaml;

/**
 * The columns of a UTF-8 file that a parser reading its bytes reports in bytes, turned into the
 * columns in characters (UTF-16 units, as a parser reading the decoded text counts them) that
 * every diagnostic gives. Positions are asked for in the order a parser reaches them, so the
 * bytes of each line are counted once, however long the line.
 */
final class Utf8Columns {

    private final byte[] bytes;
    private final int start;
    private final boolean ascii;
    private int lineStart = -1; // the line last counted, and how far: its byte, and the units before it
    private int counted;
    private int units;

    private Utf8Columns(byte[] bytes, int start, boolean ascii) {
        this.bytes = bytes;
        this.start = start;
        this.ascii = ascii;
    }

    /**
     * {@return the columns of a file's bytes, or {@code null} when they are not well-formed UTF-8}
     * (what the JDK's decoder accepts: no overlong forms, no surrogates, nothing above U+10FFFF)
     *
     * @param bytes the file
     * @param start where its text starts, after any byte-order mark; offsets count from here
     */
    static Utf8Columns of(byte[] bytes, int start) {
        int i = start;
        boolean ascii = true;
        while (i < bytes.length) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            ascii = false;
            int n = sequenceLength(bytes, i);
            if (n == 0) {
                return null;
            }
            i += n;
        }
        return new Utf8Columns(bytes, start, ascii);
    }

    // the length of the well-formed sequence at i (Unicode, table 3-7), or 0
    private static int sequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            return continuation(b, i + 1, 0x80, 0xBF) ? 2 : 0;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            int low = lead == 0xE0 ? 0xA0 : 0x80;
            int high = lead == 0xED ? 0x9F : 0xBF;
            return continuation(b, i + 1, low, high) && continuation(b, i + 2, 0x80, 0xBF) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            int low = lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xF4 ? 0x8F : 0xBF;
            return continuation(b, i + 1, low, high) && continuation(b, i + 2, 0x80, 0xBF)
                    && continuation(b, i + 3, 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    private static boolean continuation(byte[] b, int i, int low, int high) {
        return i < b.length && (b[i] & 0xFF) >= low && (b[i] & 0xFF) <= high;
    }

    /**
     * {@return the column in characters}
     *
     * @param offset     where the position is, in bytes from the start
     * @param byteColumn its column in bytes, from 1
     */
    int column(long offset, int byteColumn) {
        if (ascii || offset < 0 || byteColumn < 1) {
            return byteColumn;
        }
        int at = (int) Math.min(offset + start, bytes.length);
        int line = Math.max(start, at - (byteColumn - 1));
        if (line != lineStart || at < counted) {
            lineStart = line;
            counted = line;
            units = 0;
        }
        for (; counted < at; counted++) {
            int b = bytes[counted] & 0xFF;
            if (b < 0x80 || b >= 0xC0) {
                units += b >= 0xF0 ? 2 : 1; // a lead byte of four is a character outside the BMP: two units
            }
        }
        return units + 1;
    }
}
