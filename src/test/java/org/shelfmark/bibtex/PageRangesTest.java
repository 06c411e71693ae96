package org.shelfmark.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dashes of a page range are marked as the regular expression the loop stands for marks them. */
class PageRangesTest {

    private static final Pattern DASHES = Pattern.compile("\\s*[-\u2013]+\\s*");

    @Test
    void rangesAreMarkedAsTheExpressionMarksThem() {
        char[] alphabet = {'1', '2', 'x', ' ', ' ', '-', '-', '\u2013', '\u2014', '\t', '\n', '\u000B', '\f', '\r', '\u00A0'};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String pages = s.toString();
            assertEquals(DASHES.matcher(pages).replaceAll("\uE000"), BibtexWriter.rangesMarked(pages), pages);
        }
    }
}
