package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Macro sort keys rendered together, in one pass over the items, read as each key rendered in a
 * pass of its own: for every sampled style of the styles jar, bibliography and citation sorts,
 * for items that differ from one another in one variable each, of every kind, and for items whose
 * data holds the character the keys of a pass are split at.
 */
class SortKeyPassesTest {

    private static final String SEPARATOR = "\uFDD0";

    private static CSLName[] person(String family, String given) {
        return new CSLName[] {new CSLNameBuilder().family(family).given(given).build()};
    }

    // each changes one variable of an item, or takes it away
    private static final List<UnaryOperator<CSLItemDataBuilder>> CHANGES = List.of(
            b -> b.type(CSLType.REPORT), b -> b.type(CSLType.WEBPAGE), b -> b.type(CSLType.ARTICLE_NEWSPAPER),
            b -> b.author(person("Jones", "Ann")), b -> b.author(person("Smith", "Bo Ed")), b -> b.author((CSLName[]) null),
            b -> b.author(new CSLNameBuilder().literal("World Health Organization").build()),
            b -> b.author(new CSLNameBuilder().family("Berg").given("Anna").nonDroppingParticle("van den").build()),
            b -> b.author(person("Ng", "Li")[0], person("Roe", "Jo")[0], person("Lee", "Sam")[0], person("Bach", "J. S.")[0],
                    person("Oz", "Al")[0]),
            b -> b.editor(person("Patel", "Anita")), b -> b.translator(person("Brown", "Tessa")),
            b -> b.author((CSLName[]) null).editor(person("Patel", "Anita")),
            b -> b.containerAuthor(person("Ng", "Li")), b -> b.collectionEditor(person("Roe", "Jo")),
            b -> b.issued(new CSLDateBuilder().dateParts(2021).build()), b -> b.issued(new CSLDateBuilder().dateParts(2020, 5).build()),
            b -> b.issued(new CSLDateBuilder().dateParts(2020).circa(true).build()), b -> b.issued(null),
            b -> b.issued(new CSLDateBuilder().literal("Spring 2020").build()),
            b -> b.accessed(new CSLDateBuilder().dateParts(2024, 1, 2).build()),
            b -> b.originalDate(new CSLDateBuilder().dateParts(1850).build()),
            b -> b.title("‘Another’ title"), b -> b.title(null), b -> b.titleShort("Short"), b -> b.author((CSLName[]) null).title(null),
            b -> b.containerTitle("Another journal"), b -> b.containerTitleShort("Ann. J."), b -> b.collectionTitle("A series"),
            b -> b.publisher("Another press"), b -> b.publisherPlace("Leeds"), b -> b.event("A conference"), b -> b.genre("PhD thesis"),
            b -> b.number("12"), b -> b.volume("3"), b -> b.issue("2"), b -> b.page("10-20"), b -> b.edition("2"),
            b -> b.URL("https://example.org/x"), b -> b.DOI("10.1000/xyz"), b -> b.yearSuffix("a"), b -> b.language("de"),
            // the mark a key's entry starts with, in the data itself
            b -> b.title("\u00A7 5 rules"), b -> b.author((CSLName[]) null).title("\u00A7 5 rules"), b -> b.author(person("\u00A7mith", "Al")),
            b -> b.containerTitle("\u00A7 journal"), b -> b.publisher("\u00A7 press"));

    static CSLItemData[] items() {
        List<CSLItemData> items = new ArrayList<>();
        CSLItemData[] bases = {
            new CSLItemDataBuilder().type(CSLType.BOOK).author(person("Abel", "Cara")).title("A book")
                    .issued(new CSLDateBuilder().dateParts(2020).build()).publisher("A press").publisherPlace("London").build(),
            new CSLItemDataBuilder().type(CSLType.CHAPTER).author(person("Abel", "Cara")).editor(person("Dunn", "Eve"))
                    .title("A chapter").containerTitle("A volume").page("1-9")
                    .issued(new CSLDateBuilder().dateParts(2020).build()).publisher("A press").build(),
            new CSLItemDataBuilder().type(CSLType.ARTICLE_JOURNAL).author(person("Abel", "Cara")).title("An article")
                    .containerTitle("A journal").volume("1").issue("1").page("5-6").URL("https://example.org/a")
                    .issued(new CSLDateBuilder().dateParts(2019, 3, 1).build()).build()};
        for (CSLItemData base : bases) {
            items.add(new CSLItemDataBuilder(base).id("item" + items.size()).build());
            for (UnaryOperator<CSLItemDataBuilder> change : CHANGES) {
                items.add(change.apply(new CSLItemDataBuilder(base)).id("item" + items.size()).build());
            }
        }
        return items.toArray(CSLItemData[]::new);
    }

    @Test
    void keysRenderedTogetherReadAsKeysRenderedEachInAPassOfItsOwn() throws IOException {
        CSLItemData[] items = items();
        int together = 0;
        for (String xml : StyleSamples.every(50)) {
            for (String element : List.of("bibliography", "citation")) {
                BibliographyOrder each = BibliographyOrder.of(xml, "en-US", element, true, false);
                BibliographyOrder once = BibliographyOrder.of(xml, "en-US", element, true, true);
                if (once == null || once.passCount() == each.passCount()) {
                    continue;
                }
                together++;
                assertSameKeys(each, once, items, element + " of " + xml.substring(0, Math.min(400, xml.length())));
            }
        }
        assertTrue(together >= 30, "sorts with keys rendered together: " + together);
    }

    @Test
    void citeThemRightsRendersItsAuthorAndYearKeysInOnePass() {
        String xml = StyleCatalog.style("harvard-cite-them-right").xml();
        assertEquals(2, BibliographyOrder.of(xml, "en-GB", "bibliography", true, false).passCount());
        assertEquals(1, BibliographyOrder.of(xml, "en-GB", "bibliography", true, true).passCount());
    }

    @Test
    void anItemWhoseDataHoldsTheSeparatorHasItsKeysRenderedEachAlone() {
        // Cite Them Right's author key stands in the title where there is no author
        String xml = StyleCatalog.style("harvard-cite-them-right").xml();
        CSLItemData[] items = {
            new CSLItemDataBuilder().id("a").type(CSLType.BOOK).title("Split" + SEPARATOR + "here")
                    .issued(new CSLDateBuilder().dateParts(2020).build()).build(),
            new CSLItemDataBuilder().id("b").type(CSLType.BOOK).author(person("Abel" + SEPARATOR, "Cara")).title("B")
                    .issued(new CSLDateBuilder().dateParts(2021).build()).build(),
            new CSLItemDataBuilder().id("c").type(CSLType.BOOK).author(person("Abel", "Cara")).title("C").build()};
        List<String[]> texts = BibliographyOrder.of(xml, "en-GB", "bibliography", true, true).keyTexts(items, StyleSamples::processor);
        assertArrayEquals(new String[] {"Split" + SEPARATOR + "here", "Abel" + SEPARATOR + " C.", "Abel C."}, texts.get(0));
        assertArrayEquals(new String[] {"2020", "2021", ""}, texts.get(1));
        assertSameKeys(BibliographyOrder.of(xml, "en-GB", "bibliography", true, false),
                BibliographyOrder.of(xml, "en-GB", "bibliography", true, true), items, "Cite Them Right");
    }

    @Test
    void keysThatReadOneVariableAreRenderedApart() {
        assertEquals(2, passes("<key macro=\"a\"/><key macro=\"b\"/>", "<text variable=\"title\"/>", "<text variable=\"title\" form=\"short\"/>"));
        assertEquals(2, passes("<key macro=\"a\"/><key macro=\"b\"/>", "<names variable=\"author\"><substitute><text variable=\"title\"/></substitute></names>",
                "<choose><if variable=\"title\"><text value=\"x\"/></if></choose>"));
        assertEquals(2, passes("<key macro=\"a\"/><key macro=\"b\"/>", "<text variable=\"title\"/>", "<text variable=\"title-short\"/>"));
        assertEquals(2, passes("<key macro=\"a\"/><key macro=\"b\"/>", "<names variable=\"author\"><substitute><text variable=\"title\"/></substitute></names>",
                "<choose><if is-numeric=\"title\"><text value=\"x\"/></if></choose>"));
        assertEquals(1, passes("<key macro=\"a\"/><key macro=\"b\"/>", "<names variable=\"author\"/>", "<date variable=\"issued\" form=\"text\"/>"));
    }

    @Test
    void keysWhoseNamesWouldLoseTheirInitialsTogetherOrThatADashMayStandForAreRenderedApart() {
        assertEquals(2, passes("<key macro=\"a\"/><key macro=\"b\"/>", "<names variable=\"author\"><name initialize-with=\".\"/></names>",
                "<names variable=\"editor\"/>"));
        assertEquals(1, passes("<key macro=\"a\"/><key macro=\"b\"/>", "<names variable=\"author\"><name initialize-with=\".\"/></names>",
                "<names variable=\"editor\"><name initialize-with=\".\"/></names>"));
        String dashed = "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\">"
                + "<macro name=\"a\"><names variable=\"author\"/></macro><macro name=\"b\"><names variable=\"editor\"/></macro>"
                + "<citation><layout><text variable=\"title\"/></layout></citation><bibliography subsequent-author-substitute=\"---\">"
                + "<sort><key macro=\"a\"/><key macro=\"b\"/></sort><layout><text macro=\"a\"/></layout></bibliography></style>";
        assertEquals(2, BibliographyOrder.of(dashed, "en-US", "bibliography", true, true).passCount());
    }

    @Test
    void keysWithOtherEtAlSettingsOrAfterANumberAreRenderedApart() {
        assertEquals(2, passes("<key macro=\"a\" names-min=\"3\"/><key macro=\"b\"/>", "<names variable=\"author\"/>", "<text variable=\"title\"/>"));
        assertEquals(2, passes("<key macro=\"a\"/><key macro=\"b\"/>", "<text variable=\"number\"/>", "<text variable=\"title\"/>"));
    }

    private static int passes(String keys, String a, String b) {
        String xml = "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\">"
                + "<macro name=\"a\">" + a + "</macro><macro name=\"b\">" + b + "</macro>"
                + "<citation><layout><text variable=\"title\"/></layout></citation>"
                + "<bibliography><sort>" + keys + "</sort><layout><text macro=\"a\"/></layout></bibliography></style>";
        BibliographyOrder order = BibliographyOrder.of(xml, "en-US", "bibliography", true, true);
        assertSameKeys(BibliographyOrder.of(xml, "en-US", "bibliography", true, false), order, items(), xml);
        return order.passCount();
    }

    private static void assertSameKeys(BibliographyOrder each, BibliographyOrder together, CSLItemData[] items, String what) {
        List<String[]> expected = each.keyTexts(items, StyleSamples::processor);
        List<String[]> actual = together.keyTexts(items, StyleSamples::processor);
        assertEquals(expected.size(), actual.size());
        for (int k = 0; k < expected.size(); k++) {
            assertArrayEquals(expected.get(k), actual.get(k), what);
        }
    }
}
