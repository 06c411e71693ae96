package org.shelfmark.yaml;

/**
 * The columns of a UTF-8 file that a parser reading its bytes reports in bytes, turned into the
 * columns in characters (UTF-16 units, as a parser reading the decoded text counts them) that
 * every diagnostic gives. Only a line with a character of several bytes before the position needs
 * counting; positions are asked for in the order a parser reaches them, so the bytes of such a
 * line are counted once, however long the line.
 */
final class Utf8Columns {

    // eight bytes at a time: a file of JSON is mostly ASCII, and a word of it is checked at once
    private static final java.lang.invoke.VarHandle WORDS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final byte[] bytes;
    private final int start;
    private final int[] wide; // where each character of more than one byte starts, in order
    private final int wideCount;
    private int nextWide; // where the last search for a character of several bytes ended
    private int lineStart = -1; // the line last counted, and how far: its byte, and the units before it
    private int counted;
    private int units;

    private Utf8Columns(byte[] bytes, int start, int[] wide, int wideCount) {
        this.bytes = bytes;
        this.start = start;
        this.wide = wide;
        this.wideCount = wideCount;
    }

    /**
     * {@return the columns of a file's bytes, or {@code null} when they are not well-formed UTF-8}
     * (what the JDK's decoder accepts: no overlong forms, no surrogates, nothing above U+10FFFF)
     *
     * @param bytes the file
     * @param start where its text starts, after any byte-order mark; offsets count from here
     */
    static Utf8Columns of(byte[] bytes, int start) {
        int[] wide = new int[16];
        int count = 0;
        int i = start;
        while (i < bytes.length) {
            if (i + 8 <= bytes.length && ((long) WORDS.get(bytes, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int n = sequenceLength(bytes, i);
            if (n == 0) {
                return null;
            }
            if (count == wide.length) {
                wide = java.util.Arrays.copyOf(wide, count * 2);
            }
            wide[count++] = i;
            i += n;
        }
        return new Utf8Columns(bytes, start, wide, count);
    }

    /** {@return the same columns, for another thread: what is counted as positions come is not shared} */
    Utf8Columns copy() {
        return new Utf8Columns(bytes, start, wide, wideCount);
    }

    /** {@return where the text starts, after any byte-order mark} */
    int start() {
        return start;
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

    // the first character of several bytes at or after a byte: found from where the last search
    // ended, as positions come in order; searched for when one comes before
    private int firstWideFrom(int from) {
        if (nextWide > 0 && wide[nextWide - 1] >= from) {
            int found = java.util.Arrays.binarySearch(wide, 0, wideCount, from);
            nextWide = found >= 0 ? found : -found - 1;
        }
        while (nextWide < wideCount && wide[nextWide] < from) {
            nextWide++;
        }
        return nextWide;
    }

    /**
     * {@return the column in characters}
     *
     * @param offset     where the position is, in bytes from the start
     * @param byteColumn its column in bytes, from 1
     */
    int column(long offset, int byteColumn) {
        if (wideCount == 0 || offset < 0 || byteColumn < 1) {
            return byteColumn;
        }
        int at = (int) Math.min(offset + start, bytes.length);
        int line = Math.max(start, at - (byteColumn - 1));
        int first = firstWideFrom(line);
        if (first == wideCount || wide[first] >= at) {
            return byteColumn; // none before the position on its line: bytes and characters agree
        }
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
