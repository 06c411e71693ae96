package org.shelfmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reading-list} and {@code site} on the command line. */
class ReadingListCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsTheBuiltInListAsTextByDefault() {
        Run run = Run.of("reading-list");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Leadership in health and care\n=============================\n"), run.out());
        assertEquals(11, run.lines().stream().filter(l -> l.startsWith("Reference: ")).count());
    }

    @Test
    void writesAnyStyleAndLocaleAsMarkdownToAFile() throws IOException {
        Path file = tmp.resolve("list.md");
        Run run = Run.of("reading-list", "--format", "markdown", "--style", "apa", "--locale", "en-US", "-o", file.toString());
        assertEquals(0, run.code(), run.err());
        String page = Files.readString(file);
        assertTrue(page.contains("**Reference:** Evans, D. (2022). So close to love"), page);
    }

    @Test
    void anUnknownFormatOrGroupingIsAUsageError() {
        Run format = Run.of("reading-list", "--format", "pdf");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("'pdf' is not a reading-list format; use one of text, markdown, html"), format.err());
        Run grouping = Run.of("reading-list", "--group-by", "author");
        assertEquals(2, grouping.code());
        assertTrue(grouping.err().contains("use one of theme, type, year"), grouping.err());
    }

    @Test
    void siteWritesTheSiteAndRefusesAFolderOfOtherFiles() throws IOException {
        Run run = Run.of("site", "-o", tmp.resolve("out").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.isRegularFile(tmp.resolve("out/index.html")));
        Files.writeString(Files.createDirectories(tmp.resolve("notes")).resolve("a.txt"), "mine");
        Run refused = Run.of("site", "-o", tmp.resolve("notes").toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("not a site Shelfmark wrote"), refused.err());
    }
}
