package org.shelfmark.yaml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A large CSL-JSON list is read in two halves at once: what they give is what reading the whole
 * on one thread gives (records, their positions and their problems, in order), or nothing when a
 * half has a problem of syntax, so that the whole is read again.
 */
class JsonHalvesTest {

    @TempDir
    Path dir;

    // the records read and their problems, with every position, as one line each
    private static List<String> described(List<RecordList> parts) {
        List<String> seen = new ArrayList<>();
        for (RecordList part : parts) {
            for (RecordReader.Parsed p : part.records()) {
                seen.add(p.reference() + " @" + p.at() + " id@" + p.idAt() + " " + p.relationAt() + " "
                        + String.join(",", p.keys()) + " " + java.util.Arrays.toString(p.keyLines()));
            }
        }
        for (RecordList part : parts) {
            part.diagnostics().forEach(d -> seen.add(d.toString()));
        }
        return seen;
    }

    // the whole read on one thread: its records and problems, or null when it has a problem of syntax
    private static List<String> readWhole(byte[] bytes) {
        List<Diagnostic> syntax = new ArrayList<>();
        RecordList records = new RecordList("in.json");
        Optional<Node> tree = TreeReader.readRecords(bytes, Utf8Columns.of(bytes, 0), new Report("in.json", syntax), records);
        return tree.isEmpty() || !syntax.isEmpty() ? null : described(List.of(records));
    }

    private static List<String> readInHalves(byte[] bytes, int from) {
        byte[] before = bytes.clone();
        Optional<JsonHalves.Read> read = JsonHalves.read(bytes, 0, from, "in.json").halves();
        assertArrayEquals(before, bytes, "the comma cut at is put back");
        return read.map(r -> described(r.parts())).orElse(null);
    }

    // where a cut may fall: up to the comma after each item, from a few bytes before (in the item,
    // in the white space after it, at the comma), and past the last
    private static java.util.SortedSet<Integer> cuts(byte[] bytes) {
        java.util.SortedSet<Integer> from = new java.util.TreeSet<>(List.of(0, bytes.length));
        for (JsonHalves.Cut c = JsonHalves.find(bytes, 0, 0); c != null; c = JsonHalves.find(bytes, 0, c.comma() + 1)) {
            for (int i = Math.max(0, c.comma() - 5); i <= c.comma() + 1; i++) {
                from.add(i);
            }
        }
        return from;
    }

    private static String record(Random random, int n) {
        String[] titles = {"Caf\u00e9 \u0436\u20ac", "Leadership, \\\"care\\\"", "a [b] {c}", "\uD83D\uDE00 x\\\\y", "plain"};
        String[] extras = {"", ", \"issued\": {\"date-parts\": [[2021, 3]]}", ", \"issued\": {\"date-parts\": [[\"x\"]]}",
            ", \"colour\": \"red\"", ", \"author\": [{\"family\": \"\u00c9vans\", \"given\": \"D.\"}, {\"literal\": \"NHS, England\"}]",
            ", \"URL\": \"not a url\""};
        String nl = random.nextBoolean() ? "\n" : random.nextBoolean() ? "\r\n" : " ";
        return "{" + nl + " \"id\": \"r" + n + "\"," + nl + " \"type\": \"book\", \"title\": \""
                + titles[random.nextInt(titles.length)] + "\"" + extras[random.nextInt(extras.length)] + nl + "}";
    }

    @Test
    void aListReadInHalvesGivesWhatReadingItWholeGives() {
        Random random = new Random(7);
        for (int n = 0; n < 40; n++) {
            StringBuilder doc = new StringBuilder(random.nextBoolean() ? "[\n" : "\u00e9".repeat(0) + "[");
            for (int i = random.nextInt(6); i >= 0; i--) {
                doc.append(record(random, i)).append(i > 0 ? (random.nextBoolean() ? ",\n" : " , ") : "\n");
            }
            doc.append("]\n");
            byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
            List<String> whole = readWhole(bytes);
            assertTrue(whole != null && !whole.isEmpty(), doc::toString);
            for (int from : cuts(bytes)) {
                assertEquals(whole, readInHalves(bytes, from), doc + "\ncut from byte " + from);
            }
        }
    }

    @Test
    void aListWithAProblemOfSyntaxGivesNothingOrWhatTheWholeGives() {
        Random random = new Random(8);
        String[] breaks = {"", ",", "]", "}", "{", "\"", "[", "x", "\\", ":", "\"id\""};
        for (int n = 0; n < 40; n++) {
            StringBuilder doc = new StringBuilder("[");
            for (int i = random.nextInt(5); i >= 0; i--) {
                doc.append(record(random, i)).append(i > 0 ? ",\n" : "\n");
            }
            doc.append("]");
            doc.insert(random.nextInt(doc.length() + 1), breaks[random.nextInt(breaks.length)]);
            byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
            List<String> whole = readWhole(bytes);
            for (int from : cuts(bytes)) {
                List<String> halves = readInHalves(bytes, from);
                if (whole == null) {
                    assertNull(halves, doc + "\ncut from byte " + from);
                } else if (halves != null) {
                    assertEquals(whole, halves, doc + "\ncut from byte " + from);
                }
            }
        }
    }

    @Test
    void theCutIsAtACommaBetweenItemsOfTheListItself() {
        byte[] bytes = "[{\"a\": [1, 2], \"b\": \"x, y\"}, {\"c\": 3}]".getBytes(StandardCharsets.UTF_8);
        assertEquals(new JsonHalves.Cut(27, 0, 27), JsonHalves.find(bytes, 0, 0));
        assertNull(JsonHalves.find(bytes, 0, 28), "no comma after the last item");
        byte[] lines = "[\n {\"a\": 1}\r\n ,\n {}]".getBytes(StandardCharsets.UTF_8);
        assertEquals(new JsonHalves.Cut(14, 2, 1), JsonHalves.find(lines, 0, 0), "CR LF is one line break");
        assertNull(JsonHalves.find("{\"references\": [{}, {}]}".getBytes(StandardCharsets.UTF_8), 0, 0),
                "a mapping is not cut");
    }

    @Test
    void aLargeFileReadInHalvesSaysWhereEachProblemIs() throws IOException {
        StringBuilder doc = new StringBuilder("\uFEFF[\n");
        int count = 0;
        while (doc.length() < JsonHalves.MIN_BYTES * 5 / 4) {
            doc.append(" {\"id\": \"r").append(count).append("\", \"type\": \"book\", \"publisher\": \"P\", \"title\": \"Caf\u00e9 ")
                    .append("x".repeat(200)).append("\"},\n");
            count++;
        }
        int lastLine = count + 2; // after the line of the bracket, and a line a record
        String last = " {\"id\": \"last\", \"type\": \"book\", \"publisher\": \"P\", \"title\": \"\uD83D\uDE00\u00e9\", \"colour\": \"red\"}";
        doc.append(last).append("\n]\n");
        Path file = dir.resolve("large.json");
        Files.writeString(file, doc);
        LibraryLoader.Result result = LibraryLoader.cslFile(file);
        assertEquals(List.of(file + ":" + lastLine + ":" + (last.indexOf("\"colour") + 1) + ": warning: unknown field 'colour' (skipped)"),
                result.diagnostics().stream().map(Diagnostic::toString).toList());
        assertEquals(count + 1, result.orThrow().references().size());
        assertEquals("last", result.orThrow().references().get(count).id());
    }

    @Test
    void aLargeFileThatIsNotUtf8IsReportedWhereItsFirstBadByteIs() throws IOException {
        StringBuilder doc = new StringBuilder("[\n");
        for (int count = 0; doc.length() < JsonHalves.MIN_BYTES * 5 / 4; count++) {
            doc.append(" {\"id\": \"r").append(count).append("\", \"type\": \"book\", \"title\": \"")
                    .append("x".repeat(200)).append("\"},\n");
        }
        int line = (int) doc.chars().filter(c -> c == '\n').count() + 1;
        doc.append(" {\"id\": \"last\", \"type\": \"book\", \"title\": \"Caf\u00e9\"}\n]\n");
        byte[] bytes = doc.toString().getBytes(StandardCharsets.ISO_8859_1); // the é a byte of its own
        Path file = dir.resolve("latin1.json");
        Files.write(file, bytes);

        JsonHalves.Attempt attempt = JsonHalves.read(bytes.clone(), 0, "latin1.json");
        assertNull(attempt.columns(), "no columns for bytes that are not UTF-8");
        assertTrue(attempt.halves().isEmpty(), "nor halves");
        LibraryLoader.Result result = LibraryLoader.cslFile(file);
        assertEquals(List.of(file + ":" + line + ":46: the file is not UTF-8 text: save it as UTF-8"),
                result.diagnostics().stream().map(Diagnostic::toString).toList());
    }
}
