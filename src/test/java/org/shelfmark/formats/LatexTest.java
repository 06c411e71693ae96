package org.shelfmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A value that escaping would leave as it is is taken as plain, and given as it is at once; no other is. */
class LatexTest {

    // characters that escaping keeps, changes, or keeps only apart from their like: ASCII, its
    // specials, Latin-1, beyond it (a '?' where Latin-1's bytes are made), and a pair of surrogates
    private static final String[] PIECES = {"a", "Z", "0", " ", "-", "'", "?", "!", ".", ",", ":", "/", "(", "&",
        "%", "$", "#", "_", "{", "}", "~", "^", "\\", "`", "\"", "\t", "\n", "\u007F", "\u0001", "\u00e9", "\u00a0",
        "\u00df", "\u2014", "\u2019", "\u0142", "\u3f3f", "\u013f", "\uD83D\uDE00", "\u0301"};

    @Test
    void aPlainValueIsOneThatEscapingLeavesAsItIs() {
        Random random = new Random(5);
        int plain = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                // mostly letters and spaces, as values are, and now and then anything
                text.append(random.nextInt(3) > 0 ? PIECES[random.nextInt(5)] : PIECES[random.nextInt(PIECES.length)]);
            }
            String value = text.toString();
            if (Latex.plain(value)) {
                plain++;
                assertEquals(value, Latex.escaped(value, true), value);
                assertEquals(value, Latex.escaped(value, false), value);
            }
        }
        assertTrue(plain > 2000 && plain < 18_000, "plain: " + plain);
    }

    @Test
    void aCharacterBeyondLatin1IsNotTakenForTheQuestionMarkItsByteIs() {
        assertFalse(Latex.plain("Care\u2014now"));
        assertEquals("Care---now", Latex.escape("Care\u2014now", true));
        assertFalse(Latex.plain("x\uD83D\uDE00?"));
        assertTrue(Latex.plain("Why care?"));
    }

    @Test
    void aRangeIsEscapedAsTheWholeTextWithItsMarksMadeDashes() {
        Random random = new Random(6);
        String mark = String.valueOf(Latex.RANGE_MARK);
        int quick = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                int kind = random.nextInt(6);
                text.append(kind < 2 ? PIECES[random.nextInt(3)] : kind < 4 ? mark
                        : kind == 4 ? PIECES[random.nextInt(8)] : PIECES[random.nextInt(PIECES.length)]);
            }
            String marked = text.toString();
            for (boolean ascii : new boolean[] {true, false}) {
                assertEquals(Latex.escape(marked, ascii).replace(mark, "--"), Latex.escapeRange(marked, ascii),
                        marked + (ascii ? " (BibTeX)" : " (BibLaTeX)"));
            }
            quick += Latex.plain(marked.replace(Latex.RANGE_MARK, '0')) ? 1 : 0;
        }
        assertTrue(quick > 2_000, "too few ranges taken the quick way to check: " + quick);
    }
}
