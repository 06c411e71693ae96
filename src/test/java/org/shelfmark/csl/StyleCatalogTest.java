package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shelfmark.diag.InvalidDataException;
import org.shelfmark.diag.UnknownNameException;

class StyleCatalogTest {

    @TempDir
    Path dir;

    @Test
    void suggestsTheNearestStyleIds() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> StyleCatalog.style("harvard-cite-them-rite"));
        assertEquals(UnknownNameException.Kind.STYLE, e.kind());
        assertEquals("harvard-cite-them-right", e.suggestions().get(0));
    }

    @Test
    void suggestsTheNearestLocales() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> StyleCatalog.checkLocale("en-UK"));
        assertEquals(UnknownNameException.Kind.LOCALE, e.kind());
        assertTrue(e.suggestions().contains("en-GB"), e.suggestions().toString());
    }

    @Test
    void resolvesADependentStyleToItsParent() {
        // the styles jar keeps this one under dependent/, with Cite Them Right as its parent
        Style s = StyleCatalog.style("harvard-university-of-worcester");
        assertTrue(s.xml().contains("<title>Cite Them Right 12th edition (author-date/Harvard)</title>"),
                s.xml().substring(0, 400));
        assertTrue(StyleCatalog.styleIds().contains("harvard-university-of-worcester"));
    }

    @Test
    void readsAStyleFromAFile() throws IOException {
        Path file = dir.resolve("mine.csl");
        Files.writeString(file, StyleCatalog.style("harvard-cite-them-right").xml());
        assertEquals(List.of("(Evans, 2022)"), List.of(CslEngine.of(file.toString(), "en-GB")
                .citation(List.of(Items.evans()), List.of(Items.evans()), Markup.TEXT)));
    }

    @Test
    void refusesAStyleThatDeclaresADoctype() throws IOException {
        Path file = dir.resolve("evil.csl");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE style [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\"><info><title>&x;</title></info></style>");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> StyleCatalog.style(file.toString()));
        assertEquals(file + ": the style declares a DOCTYPE, which CSL styles never need; it is refused because"
                + " its entities could read local files", e.diagnostics().get(0).toString());
    }

    @Test
    void findsTheProjectsOwnStylesByName() {
        CslEngine house = CslEngine.of("shelfmark-reading-list", null);
        assertEquals("en-GB", house.locale());
        assertEquals(List.of("Evans, D. (2022) So close to love: compassionate leadership in healthcare. British Journal"
                + " of Healthcare Management. https://doi.org/10.12968/bjhc.2021.0135."),
                house.bibliography(List.of(Items.evans()), Markup.TEXT));
        assertTrue(StyleCatalog.styleIds().contains("shelfmark-reading-list"));
    }

    @Test
    void takesTheLocaleFromTheStyleElseBritishEnglish() throws IOException {
        Path file = dir.resolve("german.csl");
        Files.writeString(file, StyleCatalog.style("apa").xml().replaceFirst("<style ", "<style default-locale=\"de-DE\" "));
        assertEquals("de-DE", CslEngine.of(file.toString(), null).locale());
        assertEquals("en-GB", CslEngine.of("apa", null).locale(), "APA names no default locale");
        assertEquals("en-US", CslEngine.of("apa", "en-US").locale());
    }

    @Test
    void aDependentStyleKeepsItsOwnDefaultLocale() {
        // abi-technik is German and depends on chicago-notes-classic, which names no locale
        assertEquals(null, StyleCatalog.style("chicago-notes-classic").defaultLocale());
        assertEquals("de-DE", StyleCatalog.style("abi-technik").defaultLocale());
        assertEquals("de-DE", CslEngine.of("abi-technik", null).locale());
    }

    @Test
    void findsStylesByWordsOfTheirIdOrTitle() {
        List<StyleCatalog.StyleInfo> found = StyleCatalog.search("cite them right");
        assertTrue(found.stream().anyMatch(s -> s.id().equals("harvard-cite-them-right")), found.toString());
        assertTrue(found.stream().allMatch(s -> (s.id() + s.title()).toLowerCase().contains("them")));
        assertEquals("author-date", found.stream().filter(s -> s.id().equals("harvard-cite-them-right")).findFirst()
                .orElseThrow().format());
    }
}
