package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** citeproc-java 3.5.2 prints ordinals as plain numbers (shared/notes/citeproc-java.md, item 4). */
class OrdinalsTest {

    private static Reference book(String edition) {
        return Reference.builder("b", ItemType.BOOK).set(Variable.TITLE, "Leadership in healthcare")
                .authors(Person.of("Barr", "Jill")).set(Variable.PUBLISHER, "SAGE")
                .set(Variable.PUBLISHER_PLACE, "London").set(Variable.EDITION, edition)
                .issued(org.shelfmark.model.PartialDate.parse("2019")).build();
    }

    @Test
    void stockCiteprocJavaPrintsTheEditionAsAPlainNumber() throws IOException {
        assertEquals(List.of("Barr, J. (2019) Leadership in healthcare. 4 edn. London: SAGE."),
                Stock.entries(Stock.processor("harvard-cite-them-right", "en-GB", List.of(book("4")))));
    }

    @Test
    void mendedEditionsReadAsOrdinals() {
        CslEngine harvard = CslEngine.of("harvard-cite-them-right", "en-GB");
        assertEquals(List.of("Barr, J. (2019) Leadership in healthcare. 4th edn. London: SAGE."),
                harvard.bibliography(List.of(book("4")), Markup.TEXT));
        // Cite Them Right prints a non-numeric edition as written, with no "edn."
        assertEquals(List.of("Barr, J. (2019) Leadership in healthcare. Rev. London: SAGE."),
                harvard.bibliography(List.of(book("Rev.")), Markup.TEXT), "a non-numeric edition is left alone");
    }

    @Test
    void followsTheLocalesMatchingRules() {
        Ordinals en = Ordinals.of(StyleCatalog.style("apa").xml(), new RegionalLocaleProvider("en-US").retrieveLocale("en-US"));
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"),
                List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111).stream().map(n -> en.format(n, "edition")).toList());
    }

    @Test
    void usesTheGenderOfTheVariablesTerm() {
        // French: "édition" is feminine, so the first edition is the 1ʳᵉ, not the 1ᵉʳ
        Ordinals fr = Ordinals.of(StyleCatalog.style("apa").xml(), new RegionalLocaleProvider("fr-FR").retrieveLocale("fr-FR"));
        assertEquals("1ʳᵉ", fr.format(1, "edition"));
        assertEquals("2ᵉ", fr.format(2, "edition"));
        assertEquals("11ᵉ", fr.format(11, "edition"));
    }

    @Test
    void leavesStylesWithoutOrdinalsAlone() {
        Ordinals none = Ordinals.of("<style><number variable=\"edition\"/></style>",
                new RegionalLocaleProvider("en-GB").retrieveLocale("en-GB"));
        var item = ItemMapper.toItem(book("4"));
        assertEquals("4", none.apply(new de.undercouch.citeproc.csl.CSLItemData[] {item})[0].getEdition());
    }
}
