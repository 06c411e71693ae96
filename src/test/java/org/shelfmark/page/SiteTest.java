package org.shelfmark.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shelfmark.ExchangeFormat;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Library;

/** The static site: its files, and a directory replaced whole or left as it was. */
class SiteTest {

    private static final Library BUILT_IN = Shelfmark.builtIn();

    @TempDir
    Path tmp;

    @Test
    void writesThePageTheWholeListInFourFormatsAndEachRecordAsRis() throws IOException {
        Path site = tmp.resolve("site");
        Shelfmark.writeSite(BUILT_IN, Shelfmark.formatter(), site);
        String index = Files.readString(site.resolve("index.html"));
        for (String download : List.of("reading-list.ris", "reading-list.bib", "reading-list-biblatex.bib", "reading-list.json")) {
            assertTrue(Files.isRegularFile(site.resolve("downloads").resolve(download)), download);
            assertTrue(index.contains("href=\"downloads/" + download + "\""), "the page links to " + download);
        }
        StringWriter ris = new StringWriter();
        Shelfmark.export(BUILT_IN.references(), ExchangeFormat.RIS, ris);
        assertEquals(ris.toString(), Files.readString(site.resolve("downloads/reading-list.ris")));
        for (String id : BUILT_IN.ids()) {
            assertTrue(Files.isRegularFile(site.resolve("downloads/records/" + id + ".ris")), id);
            assertTrue(index.contains("href=\"downloads/records/" + id + ".ris\""), id);
        }
        assertFalse(index.matches("(?s).*(src|href)=\"(https?:)?//[^\"]*\\.(css|js|woff2?)\".*"), "no style, script or font from elsewhere");
        assertTrue(index.contains("<html lang=\"en-GB\">") && index.contains("@media print"));
    }

    @Test
    void refusesADirectoryOfOtherFilesAndLeavesItAsItWas() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("thesis"));
        Files.writeString(dir.resolve("chapter1.tex"), "mine");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> Shelfmark.writeSite(BUILT_IN, Shelfmark.formatter(), dir));
        assertTrue(e.getMessage().contains("not a site Shelfmark wrote"), e.getMessage());
        assertEquals(List.of(dir.resolve("chapter1.tex")), list(dir));
        assertEquals(List.of(dir), list(tmp), "nothing left beside it");
    }

    @Test
    void replacesASiteItWroteWhole() throws IOException {
        Path site = tmp.resolve("site");
        Shelfmark.writeSite(BUILT_IN, Shelfmark.formatter(), site);
        Files.writeString(site.resolve("downloads/records/gone.ris"), "a record removed since");
        Shelfmark.writeSite(BUILT_IN, Shelfmark.formatter(), site);
        assertFalse(Files.exists(site.resolve("downloads/records/gone.ris")));
        assertEquals(List.of(site), list(tmp), "no temporary directory left");
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousSite() throws IOException {
        Path site = tmp.resolve("site");
        Shelfmark.writeSite(BUILT_IN, Shelfmark.formatter(), site);
        String before = Files.readString(site.resolve("index.html"));
        Map<String, Site.Content> files = new java.util.LinkedHashMap<>();
        files.put("index.html", out -> out.write("new"));
        files.put("downloads/x.ris", out -> {
            throw new IOException("disk full");
        });
        assertThrows(IOException.class, () -> Site.write(site, files));
        assertEquals(before, Files.readString(site.resolve("index.html")));
        assertEquals(List.of(site), list(tmp), "no temporary directory left");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
