package org.shelfmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written word splitting and ASCII folding of citation keys and record ids give what the
 * regular expressions they replace gave, on titles of every kind of character; a key's first
 * words, folded as they are read, are those words folded one by one.
 */
class WordsTest {

    // letters of several scripts, digits and numbers of other kinds, apostrophes, spaces,
    // punctuation, a combining accent, a letter and a digit outside the BMP, a lone surrogate
    private static final String[] PIECES = {"a", "Z", "é", "Ł", "ß", "æ", "ø", "đ", "ñ", "Ω", "ж", "中", "ا", "7", "٣", "Ⅻ",
        "½", "'", "’", " ", "\t", "\n", "-", ":", ",", ".", "(", "\"", "\u0301", "𝐀", "𝟙", "\uD800", "_", "&"};

    @Test
    void wordsAreTheRunsARegularExpressionSplitsOut() {
        Random random = new Random(6);
        for (int n = 0; n < 20_000; n++) {
            String text = text(random);
            assertEquals(split("[^\\p{L}\\p{N}']+", text), CitationKeys.words(text, true), text);
            assertEquals(split("[^\\p{L}\\p{N}]+", text), CitationKeys.words(text, false), text);
        }
    }

    @Test
    void asciiFoldsAsTheRegularExpressionsDid() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            String word = text(random);
            assertEquals(asciiByRegex(word), CitationKeys.ascii(word), word);
        }
        assertEquals("lodzstrasseaero", CitationKeys.ascii("Łódź-Straße Ærø"));
    }

    @Test
    void aTitlesFirstWordsAreItsWordsFoldedTheSmallOnesSkipped() {
        Random random = new Random(8);
        String[] small = {"the", "The", "OF", "and", "does", "What", "a", "o'", "'a", "an'"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder title = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                title.append(random.nextBoolean() ? small[random.nextInt(small.length)] : text(random)).append(' ');
            }
            for (int words = 1; words <= 2; words++) {
                String expected = CitationKeys.words(title.toString(), true).stream().map(CitationKeys::ascii)
                        .filter(w -> !w.isEmpty() && !CitationKeys.SMALL.contains(w)).limit(words)
                        .reduce("", String::concat);
                StringBuilder out = new StringBuilder("x");
                CitationKeys.firstWords(title.toString(), words, out);
                assertEquals("x" + expected, out.toString(), title + " (" + words + ")");
            }
        }
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    private static List<String> split(String separator, String text) {
        return Arrays.stream(Pattern.compile(separator).split(text)).filter(w -> !w.isEmpty()).toList();
    }

    private static String asciiByRegex(String s) {
        if (s.matches("[A-Za-z0-9]*")) {
            return s.toLowerCase(Locale.ROOT);
        }
        String folded = Normalizer.normalize(s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("đ", "d").replace("Đ", "D"), Normalizer.Form.NFD);
        return folded.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
