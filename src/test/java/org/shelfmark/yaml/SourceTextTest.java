package org.shelfmark.yaml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A file's bytes are read into an array of the size the stream says it has, and what it does not
 * say is read after: the same bytes, up to the same limit, as reading the stream a little at a time.
 */
class SourceTextTest {

    // a stream that says it has some number of bytes, whatever it has
    private static InputStream saying(byte[] bytes, int available) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int available() {
                return Math.min(available, super.available() + 5); // may say more than it has
            }
        };
    }

    @Test
    void theBytesAreThoseOfTheStreamWhateverItSaysItHas() throws IOException {
        Random random = new Random(11);
        for (int n = 0; n < 120; n++) {
            byte[] bytes = new byte[random.nextInt(3 << 19)];
            random.nextBytes(bytes);
            int limit = random.nextBoolean() ? Integer.MAX_VALUE - 8 : random.nextInt(bytes.length + 2) + 1;
            int available = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> bytes.length;
                case 2 -> random.nextInt(bytes.length + 1);
                default -> bytes.length + 5;
            };
            assertArrayEquals(new ByteArrayInputStream(bytes).readNBytes(limit),
                    SourceText.readUpTo(saying(bytes, available), limit), "available " + available + ", limit " + limit);
        }
    }
}
