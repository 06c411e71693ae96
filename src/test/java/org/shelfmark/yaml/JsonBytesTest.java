package org.shelfmark.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shelfmark.diag.Diagnostic;

/**
 * A CSL-JSON file is read from its bytes, not its decoded text: the same trees, problems, lines
 * and columns (in characters, not bytes) as reading its text gives.
 */
class JsonBytesTest {

    @TempDir
    Path dir;

    // every position of every tree handed on, and every problem, as reading a document gives them
    private static List<String> read(String text, boolean asBytes) {
        List<String> seen = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        Report report = new Report("in.json", problems);
        Optional<Node> tree;
        if (asBytes) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            tree = TreeReader.readRecords(bytes, Utf8Columns.of(bytes, SourceText.byteOrderMark(bytes)), report,
                    n -> walk(n, seen));
        } else {
            tree = TreeReader.readRecords(text.startsWith("\uFEFF") ? text.substring(1) : text, true, report,
                    n -> walk(n, seen));
        }
        tree.ifPresent(n -> walk(n, seen));
        problems.forEach(d -> seen.add(d.toString()));
        return seen;
    }

    private static void walk(Node node, List<String> seen) {
        seen.add(node.kindName() + "@" + node.at().line() + ":" + node.at().column());
        if (node instanceof Node.Mapping m) {
            m.entries().forEach(e -> {
                seen.add(e.key() + "@" + e.keyAt().line() + ":" + e.keyAt().column());
                walk(e.value(), seen);
            });
        } else if (node instanceof Node.Sequence s) {
            s.items().forEach(i -> walk(i, seen));
        } else if (node instanceof Node.Scalar s) {
            seen.add(String.valueOf(s.text()));
        }
    }

    private static void assertSameAsText(String text) {
        assertEquals(read(text, false), read(text, true), text);
    }

    @Test
    void columnsAfterLettersOfSeveralBytesCountCharacters() {
        assertSameAsText("[{\"title\": \"Caf\u00e9 \u0436\u20ac\", \"id\": \"a\", \"note\": \"\uD83D\uDE00 x\", \"type\": \"book\"}]");
        assertSameAsText("[\n {\"title\": \"\u00fc\u00fc\u00fc\",\n  \"id\": \"\u00ed\"},\n {\"id\": \"b\", \"title\": \"\u4e2d\u6587\"}\n]");
        assertEquals("title@1:3", read("[{\"title\": \"\u00e9\", \"id\": \"a\"}]", true).get(1));
        assertEquals("id@1:19", read("[{\"title\": \"\u00e9\uD83D\uDE00\", \"id\": \"a\"}]", true).get(4),
                "one character of two bytes, one of four (two UTF-16 units): the id starts at 19, not 22");
    }

    @Test
    void problemsAfterLettersOfSeveralBytesHaveTheirColumnInCharacters() {
        assertSameAsText("[{\"title\": \"\u00e9\u00e9\u00e9\", \"title\": \"b\"}]");
        assertSameAsText("[{\"title\": \"\u00e9\u00e9\u00e9\" \"id\": \"b\"}]");
        assertSameAsText("[{\"title\": \"\u00e9\u00e9\u00e9\", \"id\": tru}]");
        assertSameAsText("[{\"title\": \"\u00e9\u00e9\u00e9\"");
        assertSameAsText("\uFEFF[{\"title\": \"\u00e9\", \"id\": x}]");
    }

    @Test
    void randomDocumentsReadTheSameFromBytesAsFromText() {
        Random random = new Random(6);
        String[] pieces = {"[", "]", "{", "}", ",", ":", " ", "\n", "\"id\"", "\"t\u00e9\"", "\"\u20ac\u00e9\"",
            "\"\uD83D\uDE00\"", "\"x\"", "1", "null", "true", "\"a\u0436\"", "\t"};
        for (int n = 0; n < 3000; n++) {
            StringBuilder doc = new StringBuilder(random.nextBoolean() ? "[{" : "[");
            for (int i = random.nextInt(40); i > 0; i--) {
                doc.append(pieces[random.nextInt(pieces.length)]);
            }
            if (random.nextInt(3) > 0) {
                doc.append("}]");
            }
            assertSameAsText(doc.toString());
        }
    }

    @Test
    void aColumnAskedForOutOfOrderIsCountedAgain() {
        byte[] bytes = "\u00e9\u00e9 a\n\u00e9 b c\nd".getBytes(StandardCharsets.UTF_8); // é é space a / é b c / d
        Utf8Columns columns = Utf8Columns.of(bytes, 0);
        assertEquals(5, columns.column(12, 6), "c, on the second line: after é, it is the fifth character");
        assertEquals(4, columns.column(5, 6), "a, on the first line, asked for after: after two é");
        assertEquals(1, columns.column(14, 1), "d, on a line of ASCII");
        assertEquals(3, columns.column(10, 4), "b, asked for after d");
    }

    @Test
    void onlyWellFormedUtf8IsReadFromBytes() {
        assertNotNull(Utf8Columns.of("caf\u00e9 \uD83D\uDE00".getBytes(StandardCharsets.UTF_8), 0));
        assertNull(Utf8Columns.of(new byte[] {'a', (byte) 0xC3}, 0), "cut short");
        assertNull(Utf8Columns.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, 0), "overlong");
        assertNull(Utf8Columns.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0), "a surrogate");
        assertNull(Utf8Columns.of(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0), "above U+10FFFF");
        assertNull(Utf8Columns.of(new byte[] {(byte) 0xE9}, 0), "Latin-1");
        for (int ascii = 0; ascii < 20; ascii++) { // before, across and after the eight bytes checked at once
            String before = "a".repeat(ascii);
            assertNotNull(Utf8Columns.of((before + "\u20ac" + before + "\uD83D\uDE00").getBytes(StandardCharsets.UTF_8), 0));
            byte[] latin1 = (before + "caf\u00e9" + before).getBytes(StandardCharsets.ISO_8859_1);
            assertNull(Utf8Columns.of(latin1, 0), ascii + " letters before a byte that is not UTF-8");
        }
    }

    @Test
    void aJsonFileThatIsNotUtf8SaysWhere() throws IOException {
        Path file = dir.resolve("in.json");
        Files.write(file, "[{\"id\": \"a\",\n \"title\": \"caf\u00e9\"}]".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(file + ":2:15: the file is not UTF-8 text: save it as UTF-8"),
                LibraryLoader.cslFile(file).diagnostics().stream().map(Diagnostic::toString).toList());
    }
}
