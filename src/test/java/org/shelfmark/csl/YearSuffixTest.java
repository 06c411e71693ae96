package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.Reference;

/** citeproc-java 3.5.2 does not disambiguate by year suffix (shared/notes/citeproc-java.md, item 2). */
class YearSuffixTest {

    private static CSL stock(List<Reference> refs) throws IOException {
        return Stock.processor("harvard-cite-them-right", "en-GB", refs);
    }

    @Test
    void stockCiteprocJavaCitesTwoWorksOfOneAuthorAndYearAlike() throws IOException {
        CSL csl = stock(Items.twoKingsFund2022());
        assertEquals("(The King’s Fund, 2022)", csl.makeCitation("what-is").get(0).getText());
        assertEquals("(The King’s Fund, 2022)", csl.makeCitation("kindness").get(0).getText());
    }

    @Test
    void mendedCitationsGetSuffixesInBibliographyOrder() {
        CslEngine engine = CslEngine.of("harvard-cite-them-right", "en-GB");
        List<Reference> all = Items.twoKingsFund2022();
        // "An introduction..." sorts before "What is...", so it is 2022a
        assertEquals("(The King’s Fund, 2022a)", engine.citation(all, List.of(all.get(1)), Markup.TEXT));
        assertEquals("(The King’s Fund, 2022b)", engine.citation(all, List.of(all.get(0)), Markup.TEXT));
        assertEquals(List.of(
                "The King’s Fund (2022a) An introduction to leading with kindness. Available at:"
                        + " https://www.kingsfund.org.uk/kindness (Accessed: 25 November 2026).",
                "The King’s Fund (2022b) What is compassionate leadership? Available at:"
                        + " https://www.kingsfund.org.uk/what-is (Accessed: 25 November 2026)."),
                engine.bibliography(all, Markup.TEXT));
    }

    @Test
    void leavesWorksThatCiteDifferentlyAlone() {
        List<Reference> refs = List.of(Items.evans(), Items.webpage("w", "W", "2022"));
        assertEquals("(Evans, 2022; The King’s Fund, 2022)",
                CslEngine.of("harvard-cite-them-right", "en-GB").citation(refs, refs, Markup.TEXT));
    }

    @Test
    void addsNoSuffixWhereTheStyleDoesNotAskForOne() {
        // IEEE numbers its references and sets no disambiguate-add-year-suffix
        List<Reference> all = Items.twoKingsFund2022();
        assertEquals(false, StyleCatalog.style("ieee").addsYearSuffix());
        assertEquals("[1]", CslEngine.of("ieee", "en-US").citation(all, List.of(all.get(0)), Markup.TEXT));
    }

    @Test
    void stockCiteprocJavaLeavesOutASuffixTheStyleDoesNotPlace() throws IOException {
        // elsevier-harvard never names year-suffix: CSL puts it after the first year rendered
        List<Reference> all = Items.twoKingsFund2022();
        CSL csl = new CSL(new ListItemDataProvider(all.stream().map(ItemMapper::toItem)
                .map(i -> new de.undercouch.citeproc.csl.CSLItemDataBuilder(i).yearSuffix("a").build()).toList()),
                new RegionalLocaleProvider("en-GB"), new DefaultAbbreviationProvider(), "elsevier-harvard", "en-GB");
        csl.setOutputFormat("text");
        csl.registerCitationItems("what-is", "kindness"); // stock, but with year suffixes set as the mend sets them
        assertEquals("(The King’s Fund, 2022)", csl.makeCitation("what-is").get(0).getText());
    }

    @Test
    void mendedSuffixFollowsTheFirstYearWhereTheStyleDoesNotPlaceIt() {
        List<Reference> all = Items.twoKingsFund2022();
        CslEngine.Session s = CslEngine.of("elsevier-harvard", "en-GB").session(all, Markup.TEXT);
        // elsevier-harvard sorts the newer work first (issued, descending), as citeproc-js does
        assertEquals("(The King’s Fund, 2022a)", s.cite(List.of(all.get(0))));
        assertEquals("(The King’s Fund, 2022b)", s.cite(List.of(all.get(1))));
        assertEquals(true, s.bibliography(all).get(0).text().startsWith("The King’s Fund, 2022a. What is"));
    }

    @Test
    void countsSuffixesAsCiteprocJsDoes() {
        assertEquals("a", YearSuffixes.letters(0));
        assertEquals("z", YearSuffixes.letters(25));
        assertEquals("aa", YearSuffixes.letters(26));
        assertEquals("ab", YearSuffixes.letters(27));
    }
}
