package org.shelfmark.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.model.DateRange;
import org.shelfmark.model.Library;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Reference;

/** CSL-JSON and CSL-YAML files, as Zotero, citeproc-js and pandoc write them. */
class CslInputTest {

    @TempDir
    Path dir;

    @Test
    void readsCslJsonAsZoteroExportsIt() throws IOException {
        Path file = dir.resolve("zotero.json");
        Files.writeString(file, """
                [{"id": "14058436/ABCD2345", "type": "article-journal",
                  "title": "So close to love: compassionate leadership in healthcare",
                  "container-title": "British Journal of Healthcare Management",
                  "author": [{"family": "Evans", "given": "D."}],
                  "issued": {"date-parts": [[2022, 4, 2]]},
                  "accessed": {"date-parts": [["2026", "11", "25"]]},
                  "DOI": "10.12968/bjhc.2021.0135",
                  "annote": "A review.", "keyword": "compassion, leadership",
                  "citation-key": "evans2022"}]
                """);
        LibraryLoader.Result result = LibraryLoader.cslFile(file);
        assertEquals(List.of(file + ":9:3: warning: unknown field 'citation-key' (skipped)"),
                result.diagnostics().stream().map(Diagnostic::toString).toList());
        Reference r = result.orThrow().references().get(0);
        assertEquals("14058436/ABCD2345", r.id());
        assertEquals(new PartialDate(2022, 4, 2), r.issued().orElseThrow());
        assertEquals("2026-11-25", r.date(org.shelfmark.model.DateRole.ACCESSED).orElseThrow().toIso());
        assertEquals("A review.", r.notes().annotation());
        assertEquals(List.of("compassion", "leadership"), r.notes().keywords());
    }

    @Test
    void readsCslYamlAsPandocWritesIt() throws IOException {
        Path file = dir.resolve("refs.yaml");
        Files.writeString(file, """
                references:
                - id: west2021
                  type: book
                  title: Compassionate leadership
                  publisher: Swirling Leaf Press
                  author:
                  - family: West
                    given: Michael A.
                  issued:
                    date-parts:
                    - [2019]
                    - [2021]
                """);
        Reference r = LibraryLoader.cslFile(file).orThrow().references().get(0);
        assertEquals(new DateRange(new PartialDate(2019, 0, 0), new PartialDate(2021, 0, 0)), r.issued().orElseThrow());
    }

    // a CSL-JSON list of reports r0, r1, ..., then the ids given after them
    private Path longList(int books, String... more) throws IOException {
        StringBuilder doc = new StringBuilder("[\n");
        for (int i = 0; i < books + more.length; i++) {
            String id = i < books ? "r" + i : more[i - books];
            doc.append(i > 0 ? ",\n" : "").append("{\"id\": \"").append(id).append("\", \"type\": \"report\", \"title\": \"T\"}");
        }
        Path file = dir.resolve("long.json");
        Files.writeString(file, doc.append("\n]\n"));
        return file;
    }

    @Test
    void aLongListKeepsItsRecordsInTheirOrder() throws IOException {
        int books = LibraryLoader.EARLY_LIBRARY + 10;
        LibraryLoader.Result result = LibraryLoader.cslFile(longList(books));
        List<String> ids = result.orThrow().ids();
        assertEquals(books, ids.size());
        assertEquals(List.of("r0", "r1", "r" + (books - 1)), List.of(ids.get(0), ids.get(1), ids.get(books - 1)));
        assertEquals(ids, result.readable().stream().map(Reference::id).toList());
    }

    @Test
    void aLongListWithADuplicateIdIsRefusedAsAShortOneIs() throws IOException {
        int books = LibraryLoader.EARLY_LIBRARY + 10;
        Path file = longList(books, "r3");
        LibraryLoader.Result result = LibraryLoader.cslFile(file);
        assertEquals(List.of(file + ":" + (books + 2) + ":8: duplicate id 'r3': " + file + ":5:8 uses it already"),
                result.diagnostics().stream().map(Diagnostic::toString).toList());
        assertTrue(result.library().isEmpty());
        assertEquals(books, result.readable().size(), "the first record of each id");
    }

    @Test
    void reportsADuplicateIdInOneFile() throws IOException {
        Path file = dir.resolve("two.json");
        Files.writeString(file, """
                [{"id": "a", "type": "report", "title": "One"},
                 {"id": "a", "type": "report", "title": "Two"}]
                """);
        assertEquals(List.of(file + ":2:9: duplicate id 'a': " + file + ":1:9 uses it already"),
                LibraryLoader.cslFile(file).diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void aSyntaxErrorAfterTheItemsIsTheOnlyProblemReported() throws IOException {
        // items are read into records as the parser reaches them; a file that cannot be read at all
        // still gives its syntax error alone, not the problems of the items before it
        Path file = dir.resolve("late.json");
        Files.writeString(file, "[{\"id\": \"a\", \"type\": \"report\", \"titel\": \"One\"},\n {\"id\": \"b\",");
        List<String> found = LibraryLoader.cslFile(file).diagnostics().stream().map(Diagnostic::toString).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith(file + ":2:"), found.toString());
    }

    @Test
    void theItemsProblemsFollowThoseOfTheSyntax() throws IOException {
        Path file = dir.resolve("both.json");
        Files.writeString(file, "[{\"id\": \"a\", \"type\": \"report\", \"titel\": \"One\"},\n"
                + " {\"id\": \"b\", \"type\": \"report\", \"title\": \"Two\", \"title\": \"Again\"}]");
        assertEquals(List.of(file + ":2:48: duplicate key 'title': it is already set at line 2, column 32",
                        file + ":1:32: warning: unknown field 'titel'; did you mean 'title'? (skipped)",
                        file + ":1:2: missing required field 'title'"),
                LibraryLoader.cslFile(file).diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void readsTheReferencesListOfAMapping() throws IOException {
        Path file = dir.resolve("refs.yaml");
        Files.writeString(file, "title: x\nreferences:\n- id: a\n  type: report\n  title: One\n- id: b\n  type: report\n  title: Two\n");
        assertEquals(List.of("a", "b"), LibraryLoader.cslFile(file).orThrow().ids());
        Files.writeString(file, "references: none\n");
        assertEquals(List.of(file + ":1:1: expected a list of CSL items, or a mapping with a 'references' list"),
                LibraryLoader.cslFile(file).diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void reportsAnItemWithoutAnId() throws IOException {
        Path file = dir.resolve("noid.json");
        Files.writeString(file, "[{\"type\": \"report\", \"title\": \"One\"}]");
        assertEquals(List.of(file + ":1:2: missing required field 'id'"),
                LibraryLoader.cslFile(file).diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void readsBackWhatItWrites() throws IOException {
        Library builtIn = LibraryLoader.builtIn().orThrow();
        StringWriter json = new StringWriter();
        CslJsonWriter.write(builtIn.references(), json);
        Path file = dir.resolve("builtin.json");
        Files.writeString(file, json.toString());
        Library back = LibraryLoader.cslFile(file).orThrow();
        for (int i = 0; i < builtIn.references().size(); i++) {
            Reference a = builtIn.references().get(i);
            Reference b = back.references().get(i);
            // relations and access have no place in CSL-JSON; everything else comes back
            assertEquals(a.toBuilder().notes(new org.shelfmark.model.ReadingNotes(a.notes().annotation(),
                    a.notes().keywords(), List.of(), null)).build(), b, a.id());
        }
    }
}
