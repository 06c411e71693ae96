package org.shelfmark.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shelfmark.Shelfmark;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.model.Library;
import org.shelfmark.model.Reference;

/** The curator's checks: real findings only, each at its line, and style-aware. */
class CurationChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private List<Diagnostic> check(String style, String... files) throws IOException {
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(dir.resolve(files[i] + ".yaml"), files[i + 1]);
        }
        return Shelfmark.check(dir, Shelfmark.formatter(style, "en-GB"), TODAY);
    }

    private List<String> lines(List<Diagnostic> findings) {
        return findings.stream().map(Diagnostic::toString).map(s -> s.replace(dir + "/", "")).toList();
    }

    @Test
    void aWebResourceNeedsAnAccessedDateWithinAYear() throws IOException {
        List<String> found = lines(check("harvard-cite-them-right",
                "none", "type: webpage\ntitle: None\nauthor: [{literal: NHS}]\nissued: 2020\nURL: https://a.org/\nannotation: x\n",
                "old", "type: webpage\ntitle: Old\nauthor: [{literal: NHS}]\nissued: 2020\nURL: https://b.org/\n"
                        + "accessed: 2025-11-24\nannotation: x\n",
                "recent", "type: webpage\ntitle: Recent\nauthor: [{literal: NHS}]\nissued: 2020\nURL: https://c.org/\n"
                        + "accessed: 2025-11-25\nannotation: x\n"));
        assertEquals(List.of("none.yaml:5: warning: a web resource with no accessed date: visit https://a.org/ and record"
                + " the day as 'accessed: YYYY-MM-DD', or say in the note why there is none",
                "old.yaml:6: warning: accessed 2025-11-24, more than a year before 2026-11-25: visit the URL again and update the date"),
                found);
    }

    @Test
    void incompletenessDependsOnWhatTheStylePrints() throws IOException {
        String book = "type: book\ntitle: A book\nauthor: [\"Smith, Ann\"]\nissued: 2020\npublisher: Routledge\nannotation: x\n";
        List<String> harvard = lines(check("harvard-cite-them-right", "book", book));
        assertEquals(List.of("book.yaml:1: warning: harvard-cite-them-right prints publisher-place for a book, and this"
                + " record has none: add it, or say in the note why not"), harvard);
        assertEquals(List.of(), lines(check("apa", "book", book)), "APA 7 prints no place of publication");
    }

    @Test
    void aDoiAsAUrlDuplicateDoisAndNearlyEqualTitlesAreFound() throws IOException {
        String article = "type: article-journal\nauthor: [\"Smith, Ann\"]\nissued: 2020\ncontainer-title: J\nvolume: 1\n"
                + "issue: 2\npage: 3-4\nannotation: x\n";
        List<String> found = lines(check("apa",
                "a", "title: Leading with compassion\nDOI: 10.1234/ABC\n" + article,
                "b", "title: Leading with compassion.\nDOI: 10.1234/abc\n" + article,
                "c", "title: Something else\nURL: https://doi.org/10.2345/x\naccessed: 2026-01-01\n" + article));
        assertEquals(List.of(
                "c.yaml:2: warning: the URL https://doi.org/10.2345/x is a DOI link: write 'DOI: 10.2345/x' instead, which every"
                        + " style prints as the style wants it",
                "b.yaml:2: warning: the DOI 10.1234/abc is also the DOI of 'a': is this the same work twice?",
                "b.yaml:1: warning: the title is the same as that of 'a': is this the same work twice?"), found);
    }

    @Test
    void aMissingAnnotationIsFound() throws IOException {
        assertEquals(List.of("x.yaml:2: warning: no annotation: the reading list says nothing of this resource; add one,"
                + " or say in the note why not"), lines(check("apa", "x", "type: book\ntitle: X\nauthor: [\"Smith, Ann\"]\n"
                + "issued: 2020\npublisher: P\n")));
    }

    /** What a record's note must speak of to explain each kind of finding. */
    private static final Map<String, String> EXPLAINED_BY = Map.of("no accessed date", "no accessed date",
            "publisher-place", "place", "volume, issue, page", "volume, issue and pages", "prints issued", "no date",
            "no annotation", "no summary of its own");

    @Test
    void everyFindingOnTheBuiltInListIsExplainedInItsRecordsNote() {
        Library list = Shelfmark.builtIn();
        List<Diagnostic> findings = Shelfmark.checkBuiltIn(Shelfmark.formatter(), TODAY);
        assertTrue(findings.size() > 0, "the built-in list lacks accessed dates, which cannot be invented");
        for (Diagnostic d : findings) {
            String id = d.source().replaceAll(".*/|\\.yaml$", "");
            Reference r = list.find(id).orElseThrow();
            String note = r.get(org.shelfmark.model.Variable.NOTE).orElse("").toLowerCase(Locale.ROOT);
            String explanation = EXPLAINED_BY.entrySet().stream().filter(e -> d.message().contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("a new kind of finding: " + d));
            assertTrue(note.contains(explanation), d + "\n  is not explained in the note of " + id);
        }
    }
}
