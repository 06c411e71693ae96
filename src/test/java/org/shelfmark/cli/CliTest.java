package org.shelfmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line: output, diagnostics and exit codes. */
class CliTest {

    @TempDir
    Path dir;


    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void bibliographyPrintsTheElevenReferencesOnePerLine() {
        Run r = run("bibliography");
        assertEquals(0, r.code(), r.err());
        assertEquals(11, r.lines().size());
        assertTrue(r.lines().contains("Evans, D. (2022) ‘So close to love: compassionate leadership in healthcare’,"
                + " British Journal of Healthcare Management [Preprint]. Available at:"
                + " https://doi.org/10.12968/bjhc.2021.0135."), r.out());
    }

    @Test
    void bibliographyOfNamedRecordsInHtmlAndMarkdown() {
        Run html = run("bibliography", "--format", "html", "so-close-to-love");
        assertEquals(List.of("<div class=\"csl-entry\">Evans, D. (2022) ‘So close to love: compassionate leadership"
                + " in healthcare’, <span style=\"font-style: italic\">British Journal of Healthcare Management</span>"
                + " [Preprint]. Available at: https://doi.org/10.12968/bjhc.2021.0135.</div>"), html.lines());
        Run md = run("bibliography", "-f", "MARKDOWN", "so-close-to-love");
        assertEquals(List.of("Evans, D. (2022) ‘So close to love: compassionate leadership in healthcare’,"
                + " *British Journal of Healthcare Management* \\[Preprint\\]. Available at:"
                + " https://doi.org/10.12968/bjhc.2021.0135."), md.lines());
    }

    @Test
    void citeRendersOneCluster() {
        // Cite Them Right sorts a cluster by year, as citeproc-js does
        Run r = run("cite", "so-close-to-love", "compassionate-leadership-book");
        assertEquals("(West, 2021; Evans, 2022)\n", r.out());
        assertEquals(0, r.code());
    }

    @Test
    void citeReadsPandocSyntaxOneLinePerCluster() {
        Run r = run("cite", "[see @so-close-to-love, p. 12]", "@compassionate-leadership-book", "so-close-to-love");
        assertEquals(List.of("(see Evans, 2022, p. 12)", "West (2021)", "(Evans, 2022)"), r.lines());
        Run bad = run("cite", "[see so-close-to-love]");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("names no record: write @id"), bad.err());
    }

    @Test
    void citeDisambiguatesAgainstTheWholeList() {
        assertEquals("(The King’s Fund, 2022b)\n", run("cite", "what-is-compassionate-leadership").out());
    }

    @Test
    void namedEntriesKeepTheYearSuffixTheyHaveInTheWholeList() {
        assertTrue(run("bibliography", "what-is-compassionate-leadership").out()
                .startsWith("The King’s Fund (2022b) What is compassionate leadership?"));
        assertTrue(run("show", "what-is-compassionate-leadership").out()
                .startsWith("reference: The King’s Fund (2022b) What is compassionate leadership?"));
    }

    @Test
    void listShowsIdYearTypeAndTitle() {
        Run r = run("list");
        assertEquals(11, r.lines().size());
        assertEquals("leadership-listens                    n.d.  broadcast        Leadership Listens: inspirational podcasts",
                r.lines().get(3));
        Run json = run("list", "--json");
        assertTrue(json.out().contains("{\"id\":\"leadership-listens\",\"year\":null,\"type\":\"broadcast\","
                + "\"title\":\"Leadership Listens: inspirational podcasts\"}"), json.out());
    }

    @Test
    void showPrintsTheReferenceAndEveryField() {
        Run r = run("show", "so-close-to-love");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("reference: Evans, D. (2022)"), r.out());
        assertTrue(r.out().contains("\nDOI: 10.12968/bjhc.2021.0135\n"), r.out());
        assertTrue(r.out().contains("\nannotation: This review, published in the British Journal"), r.out());
    }

    @Test
    void validatePassesOnTheBuiltInList() {
        Run r = run("validate");
        assertEquals(0, r.code(), r.err());
        assertEquals("no errors in the built-in list\n", r.out());
    }

    @Test
    void validateReportsABrokenRecordWithFileLineAndColumnAndExitsOne() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "type: report\ntitle: T\nissued: 2022-02-30\nDOI: 10.1/x\n");
        Run r = run("validate", "--library", dir.toString());
        assertEquals(1, r.code());
        String file = dir.resolve("broken.yaml").toString();
        assertEquals(List.of(
                file + ":3:9: impossible date: 2022-02-30 does not exist: that month has 28 days",
                file + ":4:6: invalid DOI: '10.1/x' is not a DOI: a DOI starts '10.', then 4 to 9 digits, '/' and a"
                        + " suffix without spaces, as in 10.12968/bjhc.2021.0135",
                "2 errors found"), r.err().lines().toList());
    }

    @Test
    void otherCommandsOnBrokenDataPrintOneLinePerDiagnosticAndNoStackTrace() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "type: report\ntitle: T\ntitel: x\n");
        Run r = run("bibliography", "--library", dir.toString());
        assertEquals(1, r.code());
        assertEquals(List.of(dir.resolve("broken.yaml") + ":3:1: unknown field 'titel'; did you mean 'title'?"),
                r.err().lines().toList());
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "type: report\n");
        Run r = run("bibliography", "--library", dir.toString(), "--debug");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("at org.shelfmark."), r.err());
    }

    @Test
    void readsCslJsonInput() throws IOException {
        Path file = dir.resolve("items.json");
        Files.writeString(file, "[{\"id\": \"w\", \"type\": \"book\", \"title\": \"Compassionate leadership\","
                + " \"publisher\": \"Swirling Leaf Press\", \"author\": [{\"family\": \"West\", \"given\": \"Michael A.\"}],"
                + " \"issued\": {\"date-parts\": [[2021]]}}]");
        assertEquals("West, M.A. (2021) Compassionate leadership. Swirling Leaf Press.\n",
                run("bibliography", "--input", file.toString()).out());
        assertEquals("(West, 2021)\n", run("cite", "--input", file.toString(), "w").out());
    }

    @Test
    void exportWritesCslJsonToAFileAtomically() throws IOException {
        Path file = dir.resolve("list.json");
        Files.writeString(file, "old");
        Run r = run("export", "--to", "csl-json", "-o", file.toString(), "so-close-to-love");
        assertEquals(0, r.code(), r.err());
        String json = Files.readString(file);
        assertTrue(json.startsWith("[\n  {\n    \"id\" : \"so-close-to-love\""), json);
        assertTrue(json.contains("\"DOI\" : \"10.12968/bjhc.2021.0135\""), json);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aFailedExportLeavesTheFileAsItWas() throws IOException {
        Path file = dir.resolve("list.json");
        Files.writeString(file, "old");
        Run r = run("export", "--to", "csl-json", "-o", file.toString(), "no-such-record");
        assertEquals(2, r.code());
        assertEquals("old", Files.readString(file));
    }

    @Test
    void unknownStyleIsAUsageErrorWithTheNearestIds() {
        Run r = run("bibliography", "--style", "harvard-cite-them-rite");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("shelfmark: unknown style 'harvard-cite-them-rite'; did you mean:"
                + " harvard-cite-them-right"), r.err());
    }

    @Test
    void unknownIdIsAUsageErrorWithTheNearestIds() {
        Run r = run("cite", "so-close-to-lvoe");
        assertEquals(2, r.code());
        assertEquals("shelfmark: unknown reference 'so-close-to-lvoe'; did you mean: so-close-to-love?\n", r.err());
    }

    @Test
    void unknownLocaleIsAUsageError() {
        Run r = run("cite", "--locale", "en-UK", "so-close-to-love");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("shelfmark: unknown locale 'en-UK'; did you mean:"), r.err());
    }

    @Test
    void unknownOptionsAndCommandsAreUsageErrors() {
        assertEquals(2, run("bibliography", "--colour").code());
        Run r = run("bibliografy");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Did you mean: shelfmark bibliography"), r.err());
        assertEquals(2, run("export").code(), "--to is required");
        assertEquals(2, run("export", "--to", "docx").code());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, run().code());
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        for (String command : COMMANDS) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " listed in\n" + help.out());
        }
        assertTrue(help.out().contains("2:usage error") || help.out().contains("2   usage error"), help.out());
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("shelfmark "), version.out());
    }

    @Test
    void stylesFindsStylesByWords() {
        Run r = run("styles", "cite", "them", "right");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("harvard-cite-them-right "), r.out());
        assertFalse(r.out().contains("\napa "), r.out());
    }

    @Test
    void generatesABashCompletionScript() {
        Run r = run("generate-completion");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("complete -F _complete_shelfmark"), r.out().substring(0, 200));
        for (String command : COMMANDS) {
            assertTrue(r.out().contains("function _picocli_shelfmark_" + command.replace("-", "") + "()"), command);
        }
    }

    @Test
    void aCommandNamedFirstReadsItsOptionsAsInTheWholeTree() {
        // the command line is built with only the subcommand named first: its help is the same
        for (String command : COMMANDS.subList(0, COMMANDS.size() - 1)) {
            CommandLine alone = Main.commandLine(new String[] {command, "--help"});
            assertEquals(java.util.Set.of(command), alone.getSubcommands().keySet());
            assertEquals(Main.commandLine().getSubcommands().get(command).getUsageMessage(),
                    alone.getSubcommands().get(command).getUsageMessage(), command);
        }
        // completion needs every command
        assertEquals(COMMANDS.size(), Main.commandLine(new String[] {"generate-completion"}).getSubcommands().size());
        Run r = run("cite", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Usage: shelfmark cite "), r.out());
    }

    @Test
    void outputIsUtf8WhateverTheLocalesCharset() throws IOException, InterruptedException {
        // a C locale gives Java 17 ASCII as its default charset, which turned each quotation mark
        // of a reference into '?': the command line is run in a JVM of its own, given that charset
        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(launcher.toString(), "-Dfile.encoding=US-ASCII", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "bibliography", "so-close-to-love")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertTrue(out.startsWith("Evans, D. (2022) \u2018So close to love: compassionate leadership in healthcare\u2019,"), out);
    }

    private static final java.util.List<String> COMMANDS = java.util.List.of("list", "show", "validate", "check",
            "bibliography", "cite", "reading-list", "site", "export", "import", "styles", "generate-completion");
}
