package org.shelfmark.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.model.Library;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;

/** Every diagnostic the record loader gives, with its full text, line and column. */
class LoaderDiagnosticsTest {

    @TempDir
    Path dir;

    private static final String REPORT = "type: report\ntitle: A report\n";

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private List<String> diagnostics() {
        return LibraryLoader.directory(dir).diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private String at(String file, int line, int column, String message) {
        return dir.resolve(file) + ":" + line + ":" + column + ": " + message;
    }

    @Test
    void theBuiltInListIsReadOnceAndShared() {
        // read once a JVM, so that a command's warm-up and the command itself share one read
        assertSame(LibraryLoader.builtIn(), LibraryLoader.builtIn());
        assertTrue(LibraryLoader.builtIn().diagnostics().isEmpty(), LibraryLoader.builtIn().diagnostics().toString());
    }

    @Test
    void loadsAValidRecordWithoutDiagnostics() throws IOException {
        write("evans.yaml", """
                type: article-journal
                title: "So close to love: compassionate leadership in healthcare"
                author:
                  - family: Evans
                    given: D.
                container-title: British Journal of Healthcare Management
                issued: 2022
                doi: https://doi.org/10.12968/bjhc.2021.0135
                """);
        LibraryLoader.Result result = LibraryLoader.directory(dir);
        assertEquals(List.of(), result.diagnostics());
        Reference r = result.library().orElseThrow().references().get(0);
        assertEquals("evans", r.id());
        assertEquals("10.12968/bjhc.2021.0135", r.doi().value());
        assertEquals(List.of(Person.of("Evans", "D.")), r.authors());
    }

    @Test
    void reportsAnUnknownFieldWithTheNearestKnownOne() throws IOException {
        write("a.yaml", REPORT + "publsher: The King's Fund\n");
        assertEquals(List.of(at("a.yaml", 3, 1, "unknown field 'publsher'; did you mean 'publisher'?")), diagnostics());
    }

    @Test
    void reportsAFieldMissingForTheType() throws IOException {
        write("a.yaml", "type: article-journal\ntitle: T\n");
        write("b.yaml", "type: webpage\ntitle: T\n");
        write("c.yaml", "type: report\nURL: https://example.org/\n");
        assertEquals(List.of(
                at("a.yaml", 1, 1, "missing required field 'container-title' for type 'article-journal'"),
                at("b.yaml", 1, 1, "missing required field 'URL' for type 'webpage'"),
                at("c.yaml", 1, 1, "missing required field 'title'")), diagnostics());
    }

    @Test
    void reportsAMissingOrUnknownType() throws IOException {
        write("a.yaml", "title: T\n");
        write("b.yaml", "type: journal-article\ntitle: T\n");
        write("c.yaml", "type: web-page\ntitle: T\n");
        assertEquals(List.of(
                at("a.yaml", 1, 1, "missing required field 'type'"),
                at("b.yaml", 1, 7, "unknown type 'journal-article'; did you mean 'article-journal'?"),
                at("c.yaml", 1, 7, "unknown type 'web-page'; did you mean 'webpage'?")), diagnostics());
    }

    @Test
    void reportsAnInvalidDoi() throws IOException {
        write("a.yaml", REPORT + "DOI: 10.12968\n");
        assertEquals(List.of(at("a.yaml", 3, 6, "invalid DOI: '10.12968' is not a DOI: a DOI starts '10.', then"
                + " 4 to 9 digits, '/' and a suffix without spaces, as in 10.12968/bjhc.2021.0135")), diagnostics());
    }

    @Test
    void reportsAnImpossibleDate() throws IOException {
        write("a.yaml", REPORT + "issued: 2022-02-30\naccessed: 2026-13-01\n");
        assertEquals(List.of(
                at("a.yaml", 3, 9, "impossible date: 2022-02-30 does not exist: that month has 28 days"),
                at("a.yaml", 4, 11, "impossible date: month 13 does not exist: months run from 1 to 12")), diagnostics());
    }

    @Test
    void readsDatePartsOfOneToFourDigitsAndReportsAnyOther() throws IOException {
        write("a.yaml", REPORT + "issued: {date-parts: [[\"0012\", \" 7 \", 18]]}\n");
        write("b.yaml", REPORT + "issued: {date-parts: [[\"2022\", \"4a\"]]}\n");
        write("c.yaml", REPORT + "issued: {date-parts: [[20221]]}\n");
        write("d.yaml", REPORT + "issued: {date-parts: [[\"\", 1]]}\n");
        write("e.yaml", REPORT + "issued: {date-parts: [[-5]]}\n");
        assertEquals(List.of(
                at("b.yaml", 3, 22, "impossible date: '4a' in date-parts is not a number"),
                at("c.yaml", 3, 22, "impossible date: '20221' in date-parts is not a number"),
                at("d.yaml", 3, 22, "impossible date: '' in date-parts is not a number"),
                at("e.yaml", 3, 22, "impossible date: '-5' in date-parts is not a number")), diagnostics());
    }

    @Test
    void reportsAMalformedUrl() throws IOException {
        write("a.yaml", REPORT + "URL: www.kingsfund.org.uk/publications\n");
        write("b.yaml", REPORT + "URL: https://www.kingsfund.org.uk/a page\n");
        assertEquals(List.of(
                at("a.yaml", 3, 6, "malformed URL 'www.kingsfund.org.uk/publications': a URL starts http:// or"
                        + " https:// and names a host"),
                at("b.yaml", 3, 6, "malformed URL 'https://www.kingsfund.org.uk/a page': Illegal character in"
                        + " path at character 31")), diagnostics());
    }

    @Test
    void reportsADuplicateId() throws IOException {
        write("a.yaml", REPORT);
        write("a.yml", REPORT);
        assertEquals(List.of(at("a.yml", 1, 1, "duplicate id 'a': " + dir.resolve("a.yaml") + ":1:1 uses it already")),
                diagnostics());
    }

    @Test
    void reportsAnIdThatDiffersFromTheFileName() throws IOException {
        write("a.yaml", "id: b\n" + REPORT);
        assertEquals(List.of(at("a.yaml", 1, 5, "id 'b' differs from the file name, which gives 'a': rename the"
                + " file or the id")), diagnostics());
    }

    @Test
    void reportsAnIdThatCannotNameAFile() throws IOException {
        write("my record.yaml", REPORT);
        write("b.yaml", "id: b/c\n" + REPORT);
        assertEquals(List.of(
                at("b.yaml", 1, 5, "id 'b/c' is not allowed: an id is letters, digits and . _ : -, starting with"
                        + " a letter or digit"),
                at("my record.yaml", 1, 1, "the file name gives the id 'my record', which is not allowed: an id is"
                        + " letters, digits and . _ : -, starting with a letter or digit")), diagnostics());
    }

    @Test
    void reportsARelationToAnUnknownId() throws IOException {
        write("west-2021.yaml", REPORT);
        write("podcast.yaml", REPORT + "relations:\n  based-on:\n    - west-2012\n");
        assertEquals(List.of(at("podcast.yaml", 5, 7, "relation based-on names unknown id 'west-2012';"
                + " did you mean west-2021?")), diagnostics());
    }

    @Test
    void reportsAnUnknownRelationKind() throws IOException {
        write("a.yaml", REPORT + "relations:\n  cites: [b]\n");
        assertEquals(List.of(at("a.yaml", 4, 3, "unknown relation 'cites'; relations are 'see-also', 'based-on',"
                + " 'builds-on'")), diagnostics());
    }

    @Test
    void reportsADuplicateKey() throws IOException {
        write("a.yaml", REPORT + "title: Another title\n");
        assertEquals(List.of(at("a.yaml", 3, 1, "duplicate key 'title': it is already set at line 2, column 1")),
                diagnostics());
    }

    @Test
    void refusesAnchorsAndAliases() throws IOException {
        write("a.yaml", REPORT + "author: &a\n  - literal: NHS England\neditor: *a\ncontainer-title: *t\n");
        assertEquals(List.of(
                at("a.yaml", 3, 9, "anchor '&a' is not allowed: write each value out in full"),
                at("a.yaml", 5, 9, "alias '*a' is not allowed: write the value out in full"),
                at("a.yaml", 6, 18, "alias '*t' is not allowed: write the value out in full")), diagnostics());
    }

    @Test
    void reportsASyntaxErrorWithItsPosition() throws IOException {
        write("a.yaml", "type: report\ntitle: [unclosed\n");
        write("b.yaml", "type: report\n  title: T\n");
        assertEquals(List.of(
                at("a.yaml", 3, 1, "not valid YAML: expected ',' or ']', but got <stream end> (while parsing a flow"
                        + " sequence at line 2, column 8)"),
                at("b.yaml", 2, 8, "not valid YAML: mapping values are not allowed here")), diagnostics());
    }

    @Test
    void reportsNamesItCannotRead() throws IOException {
        write("a.yaml", REPORT + "author:\n  - Evans\n  - {family: West, givn: Michael}\n  - {literal: NHS England, given: X}\n"
                + "  - {given: Michael, suffix: Jr}\n");
        assertEquals(List.of(
                at("a.yaml", 4, 5, "name 'Evans' is ambiguous: write a person as 'Family, Given' or"
                        + " {family: ..., given: ...}, an organisation as {literal: ...}"),
                at("a.yaml", 5, 20, "unknown name part 'givn'; did you mean 'given'?"),
                at("a.yaml", 6, 5, "an organisation ({literal: ...}) has no other name parts"),
                at("a.yaml", 7, 5, "a person needs 'family'; an organisation is written {literal: ...}")), diagnostics());
    }

    @Test
    void readsEveryNameForm() throws IOException {
        write("a.yaml", REPORT + """
                author:
                  - West, Michael A.
                  - {family: Berg, given: Anna, non-dropping-particle: van den}
                  - literal: The King's Fund
                """);
        Reference r = LibraryLoader.directory(dir).orThrow().references().get(0);
        assertEquals(List.of(Person.of("West", "Michael A."), new Person("Berg", "Anna", null, "van den", null),
                new Organisation("The King's Fund")), r.authors());
    }

    @Test
    void reportsAValueOfTheWrongShape() throws IOException {
        write("a.yaml", "type: report\ntitle:\n  - A\n  - B\nkeywords: {a: b}\n");
        assertEquals(List.of(
                at("a.yaml", 3, 3, "expected a single value, not a list"),
                at("a.yaml", 5, 11, "keywords must be a list, not a mapping"),
                at("a.yaml", 1, 1, "missing required field 'title'")), diagnostics());
    }

    @Test
    void reportsEveryProblemOfARunNotOnlyTheFirst() throws IOException {
        write("a.yaml", REPORT + "titel: x\nissued: 2022-02-30\n");
        write("b.yaml", "type: book\ntitle: B\nDOI: nope\n");
        write("c.yaml", REPORT + "relations: {see-also: [zzz]}\n");
        assertEquals(List.of(
                at("a.yaml", 3, 1, "unknown field 'titel'; did you mean 'title'?"),
                at("a.yaml", 4, 9, "impossible date: 2022-02-30 does not exist: that month has 28 days"),
                at("b.yaml", 3, 6, "invalid DOI: 'nope' is not a DOI: a DOI starts '10.', then 4 to 9 digits, '/'"
                        + " and a suffix without spaces, as in 10.12968/bjhc.2021.0135"),
                at("b.yaml", 1, 1, "missing required field 'publisher' for type 'book'"),
                at("c.yaml", 3, 24, "relation see-also names unknown id 'zzz'")), diagnostics());
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws IOException {
        Files.write(dir.resolve("a.yaml"), "type: report\ntitle: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(at("a.yaml", 2, 11, "the file is not UTF-8 text: save it as UTF-8")), diagnostics());
    }

    @Test
    void readsAReplacementCharacterWrittenInUtf8() throws IOException {
        // U+FFFD is what a fast decoding puts for bytes that are not UTF-8; written in UTF-8, it is text
        write("a.yaml", REPORT.replace("title: ", "title: \uFFFD "));
        assertEquals(List.of(), diagnostics());
        Files.write(dir.resolve("a.yaml"), (REPORT + "note: \uFFFD caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(at("a.yaml", 3, 12, "the file is not UTF-8 text: save it as UTF-8")), diagnostics());
    }

    @Test
    void readsAByteOrderMark() throws IOException {
        write("a.yaml", "\uFEFF" + REPORT);
        assertEquals(List.of(), diagnostics());
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws IOException {
        write("a.yaml", REPORT + "abstract: " + "x".repeat((int) LibraryLoader.MAX_RECORD_BYTES) + "\n");
        assertEquals(List.of(at("a.yaml", 1, 1, "the file is larger than 1048576 bytes, the most read")), diagnostics());
    }

    @Test
    void reportsAnEmptyFile() throws IOException {
        write("a.yaml", "# nothing yet\n");
        assertEquals(List.of(at("a.yaml", 1, 1, "the file is empty: a record needs at least 'type' and 'title'")),
                diagnostics());
    }

    @Test
    void reportsAnEmptyFileAfterAnotherFilesErrorsToo() throws IOException {
        write("a.yaml", "type: report\n");
        write("b.yaml", "");
        assertEquals(List.of(
                at("a.yaml", 1, 1, "missing required field 'title'"),
                at("b.yaml", 1, 1, "the file is empty: a record needs at least 'type' and 'title'")), diagnostics());
    }

    @Test
    void reportsAnInputFileThatIsNotThere() {
        Path missing = dir.resolve("nope.json");
        assertEquals(List.of(missing + ": no such file or directory"),
                LibraryLoader.cslFile(missing).diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void ordersRecordsByTheIndexAndReportsWhatItNamesWrongly() throws IOException {
        write("a.yaml", REPORT);
        write("b.yaml", REPORT);
        write("c.yaml", REPORT);
        write("index.yaml", "title: My list\norder:\n  - b\n  - x\n  - a\n  - b\n");
        assertEquals(List.of(
                at("index.yaml", 4, 5, "order names unknown id 'x'"),
                at("index.yaml", 6, 5, "'b' is listed twice; first at line 3"),
                dir.resolve("index.yaml") + ": warning: record 'c' is not in the order; it is listed last"), diagnostics());
    }

    @Test
    void ordersRecordsByTheIndex() throws IOException {
        write("a.yaml", REPORT);
        write("b.yaml", REPORT);
        write("index.yaml", "title: My list\nintroduction: About it.\norder: [b, a]\n");
        Library l = LibraryLoader.directory(dir).orThrow();
        assertEquals("My list", l.title());
        assertEquals("About it.", l.introduction());
        assertEquals(List.of("b", "a"), l.ids());
    }

    @Test
    void ordersRecordsByFileNameWithoutAnIndex() throws IOException {
        write("b.yaml", REPORT);
        write("a.yaml", REPORT);
        assertEquals(List.of("a", "b"), LibraryLoader.directory(dir).orThrow().ids());
    }

    @Test
    void reportsADirectoryThatIsNotThere() {
        Path missing = dir.resolve("nope");
        assertEquals(List.of(missing + ": not a directory of records"),
                LibraryLoader.directory(missing).diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void theSourcesOfACslFileGiveEachRecordsFieldLinesInFileOrder() throws IOException {
        write("in.json", "[\n{\"id\": \"a\",\n \"type\": \"book\",\n \"title\": \"A\", \"publisher\": \"P\"},\n"
                + "{\"type\": \"report\",\n\n \"title\": \"B\", \"id\": \"b\"}\n]\n");
        LibraryLoader.Result result = LibraryLoader.cslFile(dir.resolve("in.json"));
        var sources = result.sources();
        assertEquals(List.of("a", "b"), List.copyOf(sources.keySet()));
        assertEquals(2, sources.size());
        assertEquals(4, sources.get("a").lineOf("publisher"));
        assertEquals(2, sources.get("a").lineOf("note"), "a field the record lacks: the record's own line");
        assertEquals(7, sources.get("b").lineOf("id"));
        assertEquals(java.util.Map.of("type", 5, "title", 7, "id", 7), sources.get("b").keys());
        assertEquals(null, sources.get("c"));
        assertEquals(sources, java.util.Map.copyOf(sources), "a map like any other");
    }
}
