package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Collator;
import java.text.RuleBasedCollator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AsciiCollationTest {

    private static final Locale EN_GB = Locale.forLanguageTag("en-GB");

    private static Collator collator(Locale locale) {
        Collator c = Collator.getInstance(locale);
        c.setStrength(Collator.TERTIARY);
        return c;
    }

    // printable ASCII but the space and the hyphen: what the keys are made for
    private static final String PLAIN = "!\"#$%&'()*+,./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    @Test
    void englishRulesJoinNoTwoPrintableAsciiCharactersIntoOneElement() {
        // a contraction is two or more characters after a relation (<, ;, , or =); after a reset (&)
        // they only say where the next characters go ("& AE , æ")
        String rules = ((RuleBasedCollator) collator(EN_GB)).getRules();
        for (int i = 0; i < rules.length(); i++) {
            int j = i;
            while (j < rules.length() && PLAIN.indexOf(rules.charAt(j)) >= 0 && "<;,=&'".indexOf(rules.charAt(j)) < 0) {
                j++;
            }
            if (j - i >= 2) {
                int before = i - 1;
                while (before >= 0 && rules.charAt(before) == ' ') {
                    before--;
                }
                assertTrue(before >= 0 && rules.charAt(before) == '&', "a contraction at " + i + ": " + rules.substring(i, j));
            }
            i = Math.max(i, j);
        }
    }

    @Test
    void keysOrderPlainTextsAsTheCollatorAndItsKeysDo() {
        Collator collator = collator(EN_GB);
        AsciiCollation ascii = AsciiCollation.of(collator, EN_GB);
        Random random = new Random(7);
        String letters = "aAbBzZ09|$+~^`_";
        for (int n = 0; n < 50000; n++) {
            String a = text(random, n % 2 == 0 ? letters : PLAIN);
            String b = n % 3 == 0 ? text(random, letters) : changed(a, random, n % 2 == 0 ? letters : PLAIN);
            int expected = Integer.signum(collator.compare(a, b));
            assertEquals(expected, Integer.signum(collator.getCollationKey(a).compareTo(collator.getCollationKey(b))), a + " " + b);
            assertEquals(expected, Integer.signum(Arrays.compare(ascii.key(a), ascii.key(b))), a + " | " + b);
        }
    }

    private static String text(Random random, String alphabet) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    // the text with one character's case changed, or one character put in, taken out or replaced
    private static String changed(String a, Random random, String alphabet) {
        StringBuilder s = new StringBuilder(a);
        int at = s.length() == 0 ? 0 : random.nextInt(s.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(4)) {
            case 0 -> {
                if (s.length() > 0) {
                    char old = s.charAt(at);
                    s.setCharAt(at, Character.isUpperCase(old) ? Character.toLowerCase(old) : Character.toUpperCase(old));
                }
            }
            case 1 -> s.insert(at, c);
            case 2 -> {
                if (s.length() > 0) {
                    s.deleteCharAt(at);
                }
            }
            default -> s.append(c);
        }
        return s.toString();
    }

    @Test
    void textsWithSpacesHyphensControlsOrOtherCharactersHaveNoKey() {
        AsciiCollation ascii = AsciiCollation.of(collator(EN_GB), EN_GB);
        for (String text : new String[] {"a b", "a-b", "\u00e9", "a\tb", "a\u0000", "\u007f", "\u0141", "a\u00A0b"}) {
            assertNull(ascii.key(text), text);
        }
        assertNotNull(ascii.key(""));
        assertNotNull(ascii.key(PLAIN));
    }

    @Test
    void onlyAnEnglishCollatorComparingToTheThirdLevelHasThem() {
        assertNotNull(AsciiCollation.of(collator(Locale.US), Locale.US));
        Locale czech = Locale.forLanguageTag("cs");
        assertNull(AsciiCollation.of(collator(czech), czech)); // "ch" is one letter, after "h"
        Collator secondary = collator(EN_GB);
        secondary.setStrength(Collator.SECONDARY);
        assertNull(AsciiCollation.of(secondary, EN_GB));
    }
}
