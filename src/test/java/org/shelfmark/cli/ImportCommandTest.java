package org.shelfmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** {@code import}: files other tools export become record files that {@code validate} accepts. */
class ImportCommandTest {

    private static final Path IMPORTS = Path.of("src/test/resources/imports");

    @TempDir
    Path dir;


    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void aZoteroRisExportBecomesValidRecords() throws IOException {
        Run r = run("import", IMPORTS.resolve("zotero-export.ris").toString(), "--into", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().lines().count());
        assertEquals(0, run("validate", "--library", dir.toString()).code());
        Reference evans = Shelfmark.find(Shelfmark.load(dir), "so-close-to-love-compassionate-leadership-in");
        assertEquals("1-9", evans.get(Variable.PAGE).orElseThrow());
        assertEquals("1358-0574", evans.get(Variable.ISSN).orElseThrow());
        assertEquals("A scoping review of 34 papers & what they say.", evans.notes().annotation());
        assertEquals(List.of("compassionate leadership", "healthcare"), evans.notes().keywords());
        assertEquals("2022-04-02", evans.issued().orElseThrow().toString());
    }

    @Test
    void aJabrefBibtexExportBecomesValidRecords() throws IOException {
        Run r = run("import", IMPORTS.resolve("jabref-export.bib").toString(), "--into", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(0, run("validate", "--library", dir.toString()).code());
        Reference report = Shelfmark.find(Shelfmark.load(dir), "complicated-and-complex-systems-what-would");
        assertEquals("Complicated and Complex Systems: What Would Successful Reform of Medicare Look Like?", report.title());
        assertEquals("8", report.get(Variable.NUMBER).orElseThrow());
        assertEquals("Discussion Paper", report.get(Variable.GENRE).orElseThrow());
        assertEquals("2002-07", report.issued().orElseThrow().toString());
    }

    @Test
    void anExistingRecordIsLeftAsItIsUnlessReplaced() throws IOException {
        String file = IMPORTS.resolve("zotero-export.ris").toString();
        run("import", file, "--into", dir.toString());
        Path record = dir.resolve("what-is-compassionate-leadership.yaml");
        Files.writeString(record, Files.readString(record).replace("What is", "What's"));
        Run again = run("import", file, "--into", dir.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("what-is-compassionate-leadership.yaml: exists; left as it is"), again.err());
        assertTrue(Files.readString(record).contains("What's"));
        assertEquals(0, run("import", file, "--into", dir.toString(), "--replace").code());
        assertTrue(Files.readString(record).contains("What is"));
    }

    @Test
    void theFormatComesFromTheContentWhenTheNameDoesNotSay() throws IOException {
        Path noExtension = dir.resolve("export");
        Files.copy(IMPORTS.resolve("jabref-export.bib"), noExtension);
        Run r = run("list", "--input", noExtension.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(4, r.out().lines().count());
    }

    @Test
    void aBrokenEntryIsReportedAtItsLineAndTheOthersAreRead() throws IOException {
        Path bib = dir.resolve("broken.bib");
        Files.writeString(bib, "@article{a, title = {One}, journal = {J}}\n\n@article{b, title = {Two} journal = {J}}\n"
                + "@article{A, title = {Three}, journal = {J}}\n");
        Run r = run("validate", "--input", bib.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(bib + ":3:1: this entry is not valid BibTeX and is skipped"), r.err());
        Path ok = dir.resolve("ok.bib");
        Files.writeString(ok, "@article{a, title = {One}, journal = {J}}\n@article{A, title = {Three}, journal = {J}}\n");
        assertEquals(2, run("list", "--input", ok.toString()).out().lines().count(), "keys that differ only in case");
    }

    @Test
    void anInvalidRecordInAnyFileMeansNothingIsWritten() throws IOException {
        Path good = Files.writeString(dir.resolve("good.ris"), "TY  - BOOK\r\nTI  - Good\r\nPB  - P\r\nER  - \r\n");
        Path bad = Files.writeString(dir.resolve("bad.ris"), "TY  - BOOK\r\nTI  - Fine\r\nPB  - P\r\nER  - \r\n"
                + "TY  - JOUR\r\nTI  - No journal\r\nDO  - not a doi\r\nER  - \r\n");
        Path into = dir.resolve("records");
        Run r = run("import", good.toString(), bad.toString(), "--into", into.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(bad + ":7:7: invalid DOI"), r.err());
        assertTrue(r.err().contains("nothing written: 2 errors in the files read; --skip-invalid writes the records without errors"),
                r.err());
        assertTrue(!Files.exists(into), "no directory, no record");
    }

    @Test
    void aLatin1ExportIsReadWithItsEncodingAndNamedWithoutIt() throws IOException {
        Path latin1 = Files.write(dir.resolve("endnote.ris"),
                "TY  - BOOK\r\nTI  - Caf\u00e9 culture\r\nPB  - P\r\nER  - \r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Run refused = run("import", latin1.toString(), "--into", dir.resolve("a").toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains(latin1 + ":2:10: the file is not UTF-8 text: save it as UTF-8, or, if it is an old"
                + " export in Latin-1 or Windows-1252, read it with --encoding windows-1252"), refused.err());
        Run read = run("import", latin1.toString(), "--encoding", "windows-1252", "--into", dir.resolve("b").toString());
        assertEquals(0, read.code(), read.err());
        assertTrue(Files.readString(dir.resolve("b/cafe-culture.yaml")).contains("title: Café culture"));
    }

    @Test
    void skipInvalidWritesTheOthersAndReportsWhatItSkipped() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.ris"), "TY  - BOOK\r\nTI  - Fine\r\nPB  - P\r\nER  - \r\n"
                + "TY  - JOUR\r\nTI  - No journal\r\nDO  - not a doi\r\nER  - \r\n");
        Path into = dir.resolve("records");
        Run r = run("import", bad.toString(), "--into", into.toString(), "--skip-invalid");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("skipped: " + bad + ":7:7: invalid DOI"), r.err());
        assertEquals(List.of(into.resolve("fine.yaml").toString()), r.lines());
    }

    @Test
    void bracesAndAccentsNestedFiftyThousandDeepAreReadWithoutExhaustingTheStack() throws IOException {
        Path bib = dir.resolve("deep.bib");
        int n = 50_000;
        Files.writeString(bib, "@article{a, title = {" + "{".repeat(n) + "x" + "}".repeat(n) + "}, journal = {J}}\n"
                + "@article{b, title = {" + "\\'{".repeat(n) + "e" + "}".repeat(n) + "}, journal = {J}}\n");
        Run r = run("list", "--input", bib.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.out().lines().count());
    }
}
