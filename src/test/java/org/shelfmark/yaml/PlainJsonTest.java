package org.shelfmark.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shelfmark.diag.Diagnostic;

/**
 * The reader of plain JSON gives what reading through Jackson gives (the tree, each record handed
 * on, every line and column), or gives up, leaving the file to Jackson: never a tree Jackson would
 * not give.
 */
class PlainJsonTest {

    // what reading through Jackson gives: the tree and the records, or null when it has a problem
    private static List<Node> throughJackson(byte[] bytes) {
        List<Node> seen = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Node> tree = TreeReader.readRecords(bytes, Utf8Columns.of(bytes, SourceText.byteOrderMark(bytes)),
                new Report("in.json", problems), seen::add);
        if (tree.isEmpty() || !problems.isEmpty()) {
            return null;
        }
        seen.add(tree.get());
        return seen;
    }

    // what the plain reader gives, in the same form, or null when it gives up
    private static List<Node> plainly(byte[] bytes) {
        List<Node> seen = new ArrayList<>();
        Optional<Node> tree = PlainJson.readRecords(bytes, Utf8Columns.of(bytes, SourceText.byteOrderMark(bytes)),
                PlainJson.Part.WHOLE, seen::add);
        if (tree.isEmpty()) {
            return null;
        }
        seen.add(tree.get());
        return seen;
    }

    private static final String[] SPACE = {"", " ", "\n", "\r\n", "\r", "\t", "  \n  ", "\n\r"};
    private static final String[] STRINGS = {"", "plain", "Caf\u00e9 \u0436\u20ac", "\uD83D\uDE00 x", "a \\\"b\\\"",
        "\\\\ \\/ \\b \\f \\n \\r \\t", "\\u00e9\\u20AC\\uD83D\\uDE00\\uDE00", "\u00e9\\n\u00e9", "x\\u0000y", "[{,}]:"};
    // keys as strings, but with no escaped surrogate: Jackson refuses a name with one not paired
    private static final String[] KEYS = {"", "plain", "Caf\u00e9 \u0436\u20ac", "\uD83D\uDE00 x", "a \\\"b\\\"",
        "\\\\ \\/ \\b \\f \\n \\r \\t", "\\u00e9\\u20AC", "x\\u0000y", "[{,}]:"};
    private static final String[] NUMBERS = {"0", "-0", "7", "-12", "3.25", "-0.5", "1e5", "2E-3", "6.02e+23", "10",
        "123456789012345678901234567890"};

    private static String space(Random random) {
        return SPACE[random.nextInt(SPACE.length)];
    }

    private static String value(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 4 : 7);
        return switch (kind) {
            case 0 -> "\"" + STRINGS[random.nextInt(STRINGS.length)] + "\"";
            case 1 -> NUMBERS[random.nextInt(NUMBERS.length)];
            case 2 -> new String[] {"true", "false", "null"}[random.nextInt(3)];
            case 3 -> "\"" + STRINGS[random.nextInt(STRINGS.length)] + STRINGS[random.nextInt(STRINGS.length)] + "\"";
            case 4, 5 -> mapping(random, depth + 1, random.nextInt(5), false);
            default -> {
                StringBuilder list = new StringBuilder("[").append(space(random));
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.append(value(random, depth + 1)).append(space(random)).append(i > 1 ? "," + space(random) : "");
                }
                yield list.append("]").toString();
            }
        };
    }

    private static String mapping(Random random, int depth, int size, boolean record) {
        StringBuilder map = new StringBuilder("{").append(space(random));
        for (int i = 0; i < size; i++) {
            String key = record && i == 0 ? "id" : KEYS[random.nextInt(KEYS.length)] + i;
            map.append('"').append(key).append('"').append(space(random)).append(':').append(space(random))
                    .append(value(random, depth)).append(space(random)).append(i < size - 1 ? "," + space(random) : "");
        }
        return map.append("}").toString();
    }

    // a list of records, or pandoc's mapping of them, well-formed
    private static String document(Random random) {
        StringBuilder list = new StringBuilder("[").append(space(random));
        for (int i = random.nextInt(6); i > 0; i--) {
            list.append(mapping(random, 1, 1 + random.nextInt(6), true)).append(space(random))
                    .append(i > 1 ? "," + space(random) : "");
        }
        list.append("]");
        String doc = random.nextInt(4) == 0
                ? "{" + space(random) + "\"title\": \"x\"," + space(random) + "\"references\":" + space(random) + list + "}"
                : list.toString();
        return (random.nextInt(5) == 0 ? "\uFEFF" : "") + space(random) + doc + space(random);
    }

    @Test
    void aWellFormedListReadsAsThroughJackson() {
        Random random = new Random(11);
        for (int n = 0; n < 3000; n++) {
            String doc = document(random);
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            List<Node> expected = throughJackson(bytes);
            assertTrue(expected != null, doc);
            assertEquals(expected, plainly(bytes), doc);
        }
    }

    @Test
    void namesAlikeButForOneLetterReadAsThroughJackson() {
        // every name of three letters, each record's 26 differing in the first alone: the reader
        // keeps the names it has made in a small table, where many of them meet
        StringBuilder doc = new StringBuilder("[");
        for (char second = 'a'; second <= 'z'; second++) {
            for (char third = 'a'; third <= 'z'; third++) {
                doc.append(doc.length() > 1 ? "," : "").append('{');
                for (char first = 'a'; first <= 'z'; first++) {
                    doc.append(first > 'a' ? "," : "").append('"').append(first).append(second).append(third)
                            .append("\":").append(first - 'a');
                }
                doc.append('}');
            }
        }
        byte[] bytes = doc.append(']').toString().getBytes(StandardCharsets.UTF_8);
        List<Node> expected = throughJackson(bytes);
        assertTrue(expected != null && expected.size() == 26 * 26 + 1);
        assertEquals(expected, plainly(bytes));
    }

    @Test
    void valuesThatShareASlotReadAsThroughJackson() {
        // The reader keeps short values in a table, as it keeps names. Every two values of three
        // letters, and of the longest kept, that land in the same slot and are alike but for two
        // letters (none alike but for one shares a slot), one after the other: a look-up that went
        // by the slot alone would give the first for both.
        StringBuilder doc = new StringBuilder("[");
        int pairs = 0;
        for (String prefix : List.of("", "x".repeat(PlainJson.MAX_KNOWN_VALUE - 3))) {
            int before = prefix.hashCode() * 31 * 31 * 31;
            for (int word = 0; word < 26 * 26 * 26; word++) {
                int[] one = {word / 676, word / 26 % 26, word % 26};
                for (int keep = 0; keep < 3; keep++) {
                    for (int first = 0; first < 26; first++) {
                        for (int second = 0; second < 26; second++) {
                            int p = keep == 0 ? 1 : 0;
                            int q = keep == 2 ? 1 : 2;
                            int[] two = one.clone();
                            two[p] = first;
                            two[q] = second;
                            if (one[p] != first && one[q] != second && Arrays.compare(one, two) < 0
                                    && slot(before, one) == slot(before, two)) {
                                doc.append(pairs++ > 0 ? "," : "").append("{\"v\":[\"").append(prefix).append(text(one))
                                        .append("\",\"").append(prefix).append(text(two)).append("\"]}");
                            }
                        }
                    }
                }
            }
        }
        byte[] bytes = doc.append(']').toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(pairs > 1000, "pairs: " + pairs);
        List<Node> expected = throughJackson(bytes);
        assertTrue(expected != null && expected.size() == pairs + 1);
        assertTrue(expected.equals(plainly(bytes)), "read as through Jackson");
    }

    @Test
    void namesAndValuesOfTheSameHashReadAsThroughJackson() {
        // "Aa" and "BB" have the same hash, as has every text made of them in the same number:
        // they share a slot of either table, and only their letters tell them apart
        List<String> texts = List.of("AaAa", "AaBB", "BBAa", "BBBB");
        StringBuilder doc = new StringBuilder("[");
        for (String one : texts) {
            for (String two : texts.stream().filter(t -> !t.equals(one)).toList()) {
                doc.append(doc.length() > 1 ? "," : "").append("{\"").append(one).append("\":\"").append(two)
                        .append("\",\"").append(two).append("\":\"").append(one).append("\"}");
            }
        }
        byte[] bytes = doc.append(']').toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(texts.get(0).hashCode(), texts.get(3).hashCode());
        List<Node> expected = throughJackson(bytes);
        assertTrue(expected != null && expected.size() == 13);
        assertEquals(expected, plainly(bytes));
    }

    // the slot of a value: the prefix's hash times 31 cubed, then three letters
    private static int slot(int before, int[] letters) {
        int hash = before + ('a' + letters[0]) * 31 * 31 + ('a' + letters[1]) * 31 + 'a' + letters[2];
        return PlainJson.slot(hash, PlainJson.VALUE_SLOTS);
    }

    private static String text(int[] letters) {
        return "" + (char) ('a' + letters[0]) + (char) ('a' + letters[1]) + (char) ('a' + letters[2]);
    }

    @Test
    void aShortValueGivenAgainIsTheStringMadeBefore() {
        // a long list keeps one string for the journal or the family name its records share
        byte[] bytes = "[{\"family\": \"Smith\", \"title\": \"Care\"}, {\"family\": \"Smith\", \"title\": \"Care\"}]"
                .getBytes(StandardCharsets.UTF_8);
        List<Node> read = plainly(bytes);
        Node.Mapping first = (Node.Mapping) read.get(0);
        Node.Mapping second = (Node.Mapping) read.get(1);
        for (int i = 0; i < 2; i++) {
            String one = ((Node.Scalar) first.entries().get(i).value()).text();
            String other = ((Node.Scalar) second.entries().get(i).value()).text();
            assertEquals(one, other);
            assertTrue(one == other, "one string for " + one);
        }
    }

    @Test
    void aBrokenListIsLeftToJacksonOrReadAsJacksonReadsIt() {
        Random random = new Random(12);
        String[] breaks = {",", "]", "}", "{", "[", "\"", "x", "\\", ":", "\\q", "\u0001", "01", "1.", "-", ".5", "1e",
            "+1", "tru", "nul", "truex", "\"id\": 1", "NaN", "/", "#", "\u00a0", "\\u12G4", "'", ", ]", ", }"};
        int gaveUp = 0;
        for (int n = 0; n < 4000; n++) {
            StringBuilder doc = new StringBuilder(document(random));
            doc.insert(random.nextInt(doc.length() + 1), breaks[random.nextInt(breaks.length)]);
            byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
            List<Node> plain = plainly(bytes);
            if (plain != null) {
                assertEquals(throughJackson(bytes), plain, doc::toString);
            } else {
                gaveUp++;
            }
        }
        assertTrue(gaveUp > 1000, "most of the broken lists are left to Jackson: " + gaveUp);
    }

    @Test
    void mutantsOfRealListsAreLeftToJacksonOrReadAsJacksonReadsThem() throws java.io.IOException {
        List<String> tokens = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\r\n", "\r", "\n", " ", "0",
                "-", ".", "e", "true", "null", "\"id\": \"x\", ", "\uD83D\uDE00", "\u00e9", "\\uDE00", "\u0001");
        int read = 0;
        for (String seedName : List.of("golden/export/builtin.csl-json.json", "conformance/references.json")) {
            byte[] seed = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources", seedName));
            Random random = new Random(seedName.hashCode());
            for (int i = 0; i < 1000; i++) {
                byte[] mutant = org.shelfmark.Mutations.mutate(seed, random, tokens);
                if (Utf8Columns.of(mutant, SourceText.byteOrderMark(mutant)) == null) {
                    continue; // not UTF-8: read from its decoded text, never in halves
                }
                List<Node> plain = plainly(mutant);
                if (plain != null) {
                    assertEquals(throughJackson(mutant), plain, seedName + ", mutant " + i);
                    read++;
                }
            }
        }
        assertTrue(read > 100, "some mutants are still plain JSON: " + read);
    }

    @Test
    void whatJacksonRefusesIsLeftToIt() {
        for (String doc : List.of("[{\"a\": [1, ]}]", "[{\"a\": 1, }]", "[{\"a\": 1}, ]", "[{\"a\": truex}]",
                "[{\"a\": nullx}]", "[{\"a\": 1x}]", "[{\"a\": -}]", "[{\"\\uDE00\": 1}]", "[{\"a\\uD83D\": 1}]")) {
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            assertEquals(null, throughJackson(bytes), doc);
            assertEquals(null, plainly(bytes), doc);
        }
    }

    @Test
    void onlyTheDocumentsOwnReferencesAreItsRecords() {
        for (String doc : List.of("[{\"id\": \"a\", \"references\": [{\"id\": \"b\"}]}]",
                "{\"x\": {\"references\": [{\"id\": \"b\"}]}, \"references\": [{\"id\": \"c\"}]}")) {
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            assertEquals(throughJackson(bytes), plainly(bytes), doc);
        }
    }

    @Test
    void aKeySetTwiceIsLeftToJackson() {
        byte[] bytes = "[{\"id\": \"a\", \"title\": \"x\", \"title\": \"y\"}]".getBytes(StandardCharsets.UTF_8);
        assertEquals(null, throughJackson(bytes), "Jackson's reading reports it");
        assertEquals(null, plainly(bytes));
    }

    @Test
    void whatIsNearTheReadersLimitsIsLeftToJackson() {
        String deep = "[" + "[".repeat(60) + "]".repeat(60) + "]";
        assertEquals(null, plainly(deep.getBytes(StandardCharsets.UTF_8)));
        String shallow = "[" + "[".repeat(20) + "]".repeat(20) + "]";
        assertFalse(plainly(shallow.getBytes(StandardCharsets.UTF_8)) == null);
        String longValue = "[{\"note\": \"" + "x".repeat(TreeReader.MAX_FIELD_CHARS) + "\"}]";
        assertEquals(null, plainly(longValue.getBytes(StandardCharsets.UTF_8)));
        String longNumber = "[{\"n\": " + "9".repeat(95) + "}]";
        assertEquals(null, plainly(longNumber.getBytes(StandardCharsets.UTF_8)));
        assertEquals(null, plainly("  ".getBytes(StandardCharsets.UTF_8)), "nothing to read");
        assertEquals(null, plainly("\"text\"".getBytes(StandardCharsets.UTF_8)), "a single value");
    }
}
