package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.bibtex.PageParser;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.internal.locale.LLocale;
import de.undercouch.citeproc.csl.internal.locale.LTerm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/**
 * Page labels rendered without citeproc-java's page parser read as citeproc-java renders them
 * with it ({@link PageLabels}): the same decision for every page, the same term in every locale
 * and form, the same entries and cites in styles whose labels and locales differ.
 */
class PageLabelsTest {

    // pages of the forms the quick decision reads, and of many it leaves to the parser
    private static final List<String> PAGES = List.of("5", "45-56", "45–56", "12-12", "007", "123456789012-3", "123456789-987654321", "1-2147483648", "99999999999",
            "S12-S14", "12, 15", "12,15", "xii", "xii-xiv", "e123", "12—15", "1-2-3", "12--15", "12 - 15", "12f",
            "12ff", "12-", "-12", "12&15", "A1-A5", "12a-12b", " 12", "12 ", "1,2-5", "iv, 12-15", "pp. 12-15");

    // styles with page labels of each kind that is taken: form alone, affixes (one a no-break
    // space), in the style's own locale a plural and a term with no plural, one whose plural is
    // empty, and one whose labels strip periods (not taken)
    private static final List<String> STYLES = List.of("harvard-cite-them-right", "apa", "elsevier-harvard",
            "din-1505-2", "apa-tr", "american-meteorological-society", "annales",
            "association-de-science-regionale-de-langue-francaise", "springer-basic-author-date");

    @Test
    void decidesAsCiteprocJavasPageParserDoes() {
        List<String> pages = new ArrayList<>(PAGES);
        Random random = new Random(42);
        String[] joins = {"-", "–", "--", " - ", "—", ",", ", ", "&", " "};
        for (int i = 0; i < 2_000; i++) {
            String first = digits(random);
            pages.add(random.nextInt(4) == 0 ? first : first + joins[random.nextInt(joins.length)] + digits(random));
        }
        for (String page : pages) {
            assertEquals(PageParser.parse(page).isMultiplePages(), PageLabels.multiple(page), page);
        }
    }

    @Test
    void givesEveryLocaleATwinThatReadsAsThePluralOfItsPageTerm() throws IOException {
        org.w3c.dom.Document ctr = StyleXml.parse(StyleCatalog.style("harvard-cite-them-right").xml());
        PageLabels labels = PageLabels.rewrite(ctr, ConditionAliases.unused(ctr));
        assertTrue(labels.active());
        for (String tag : CSL.getSupportedLocales()) {
            LLocale locale = new LLocale(StyleXml.parse(labels.locale(new de.undercouch.citeproc.DefaultLocaleProvider()
                    .retrieveLocale(tag))));
            int pageTerms = 0;
            for (Map.Entry<LTerm.Form, Map<String, LTerm>> form : locale.getTerms().entrySet()) {
                LTerm page = form.getValue().get("page");
                if (page != null) {
                    pageTerms++;
                    LTerm twin = form.getValue().get(PageLabels.TWIN);
                    assertNotNull(twin, tag + " " + form.getKey());
                    assertEquals(page.getMultiple(), twin.getSingle(), tag + " " + form.getKey());
                }
            }
            assertTrue(pageTerms > 0, tag);
        }
    }

    @Test
    void rendersTheLabelsAsCiteprocJavaDoesWithItsParser() throws IOException {
        int taken = 0;
        for (String style : STYLES) {
            for (String locale : List.of("en-GB", "de-DE", "fr-FR", "tr-TR")) {
                taken += sameAsStock(StyleCatalog.style(style).xml(), locale, style + " " + locale) ? 1 : 0;
            }
        }
        assertEquals(4 * (STYLES.size() - 1), taken, "every style but the one that strips periods has its labels taken");
    }

    @Test
    void rendersNoLabelWherePagesStoodInForTheAuthor() throws IOException {
        assertTrue(sameAsStock(custom("<names variable=\"author\" suffix=\". \"><substitute><text variable=\"page\"/>"
                + "</substitute></names><group delimiter=\" \"><label variable=\"page\" form=\"short\"/>"
                + "<text variable=\"page\"/></group>"), "en-GB", "pages in a substitute"));
    }

    @Test
    void leavesALabelWhoseGroupDoesNotRenderThePages() throws IOException {
        // citeproc-java shows such a group for the label alone where the title is missing
        assertFalse(sameAsStock(custom("<text variable=\"page\" suffix=\". \"/><group delimiter=\" \">"
                + "<label variable=\"page\" form=\"short\"/><text variable=\"title\"/></group>"), "en-GB", "a group without the pages"));
    }

    private static String custom(String layout) {
        return "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\">"
                + "<citation><layout><text variable=\"title\"/></layout></citation><bibliography><layout>" + layout
                + "</layout></bibliography></style>";
    }

    // whether the style's labels were taken; fails unless its entries and cites read as stock citeproc-java's
    private static boolean sameAsStock(String xml, String locale, String what) throws IOException {
        List<Reference> refs = references();
        org.w3c.dom.Document doc = StyleXml.parse(xml);
        PageLabels labels = PageLabels.rewrite(doc, ConditionAliases.unused(doc));
        CSL stock = processor(xml, new RegionalLocaleProvider(locale), mapped(refs), locale);
        LocaleProvider twinned = l -> labels.locale(new RegionalLocaleProvider(locale).retrieveLocale(l));
        CSL rewritten = processor(StyleXml.serialize(doc), twinned, labels.apply(mapped(refs)), locale);
        assertEquals(List.of(stock.makeBibliography().getEntries()), List.of(rewritten.makeBibliography().getEntries()), what);
        for (Reference ref : refs) {
            assertEquals(cite(stock, ref.id()), cite(rewritten, ref.id()), what + " " + ref.id());
        }
        return labels.active();
    }

    // an article or a chapter for each of the pages; every third with no author, every fifth with no title either
    private static List<Reference> references() {
        return IntStream.range(0, PAGES.size()).mapToObj(i -> {
            Reference.Builder b = Reference.builder("r" + i, i % 2 == 0 ? ItemType.ARTICLE_JOURNAL : ItemType.CHAPTER)
                    .set(Variable.CONTAINER_TITLE, "Journal of Care").set(Variable.PUBLISHER, "Sage")
                    .set(Variable.PAGE, PAGES.get(i)).issued(PartialDate.parse("2020"));
            if (i % 3 != 0) {
                b.authors(Person.of("West", "Michael"));
            }
            if (i % 5 != 0) {
                b.set(Variable.TITLE, "Leading teams " + i);
            }
            if (i % 4 == 1) { // values of their own in the variables that can mark an item
                for (Variable v : List.of(Variable.ISBN, Variable.ISSN, Variable.PMID, Variable.PMCID, Variable.ABSTRACT,
                        Variable.NUMBER_OF_PAGES)) {
                    b.set(v, "12");
                }
            }
            return b.build();
        }).toList();
    }

    @Test
    void takesTheDefaultStylesLabelsAndMarksOnlyItemsOfMorePages() {
        org.w3c.dom.Document doc = StyleXml.parse(StyleCatalog.style("harvard-cite-them-right").xml());
        PageLabels labels = PageLabels.rewrite(doc, ConditionAliases.unused(doc));
        String xml = StyleXml.serialize(doc);
        assertFalse(xml.contains("<label variable=\"page\""), "the label is taken");
        assertTrue(xml.contains("<text form=\"short\" term=\"" + PageLabels.TWIN + "\"/>")
                || xml.contains("<text term=\"" + PageLabels.TWIN + "\" form=\"short\"/>"), xml);
        CSLItemData[] items = labels.apply(mapped(List.of(page("one", "5"), page("range", "45-56"), page("none", null))));
        assertEquals("x", items[1].getISBN(), "ISBN, the first variable the style never names, marks more pages");
        assertEquals(null, items[0].getISBN(), "the item's own ISBN, which the style never prints, taken out");
        assertEquals(null, items[2].getISBN());
    }

    @Test
    void takesTheDefaultStylesLabelsAsShelfmarkRendersIt() {
        String rendered = CslEngine.of("harvard-cite-them-right", "en-GB").renderedStyle();
        assertFalse(rendered.contains("<label variable=\"page\""), "the label is taken after every other mend too");
        assertTrue(rendered.contains(PageLabels.TWIN), rendered);
    }

    @Test
    void leavesLabelsThatATermWouldNotRenderAlike() {
        assertFalse(taken("<label variable=\"page\" form=\"short\" strip-periods=\"true\"/>"), "strip-periods");
        assertFalse(taken("<label variable=\"page\" form=\"short\" plural=\"always\"/>"), "plural=\"always\"");
        assertFalse(taken("<label variable=\"page\" form=\"short\" font-style=\"italic\"/>"), "formatting");
        assertTrue(taken("<label variable=\"page\" form=\"short\" plural=\"contextual\" prefix=\" \"/>"));
    }

    @Test
    void leavesTheLabelsOfAStyleWithNoAliasToSpare() {
        StringBuilder all = new StringBuilder();
        ConditionAliases.POOL.forEach(v -> all.append("<text variable=\"").append(v).append("\"/>"));
        assertFalse(taken(all + "<label variable=\"page\" form=\"short\"/>"), "every alias printed");
        assertTrue(taken(all.substring(all.indexOf("/>") + 2) + "<label variable=\"page\" form=\"short\"/>"), "one left");
    }

    private static boolean taken(String layout) {
        String style = custom(layout + "<text variable=\"page\"/>");
        org.w3c.dom.Document doc = StyleXml.parse(style);
        boolean active = PageLabels.rewrite(doc, ConditionAliases.unused(doc)).active();
        assertEquals(active, !StyleXml.serialize(doc).contains("<label"), "a label is taken exactly when the style says so");
        return active;
    }

    private static Reference page(String id, String pages) {
        Reference.Builder b = Reference.builder(id, ItemType.ARTICLE_JOURNAL).set(Variable.TITLE, "T")
                .set(Variable.ISBN, "978-0-00-000000-2");
        return (pages == null ? b : b.set(Variable.PAGE, pages)).build();
    }

    private static String digits(Random random) {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(random.nextInt(8) == 0 ? 14 : 5);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    private static CSLItemData[] mapped(List<Reference> refs) {
        return refs.stream().map(ItemMapper::toItem).toArray(CSLItemData[]::new);
    }

    private static CSL processor(String style, LocaleProvider locales, CSLItemData[] items, String locale) throws IOException {
        CSL csl = new CSL(new ListItemDataProvider(items), locales, new DefaultAbbreviationProvider(), style, locale);
        csl.setOutputFormat("text");
        csl.registerCitationItems(java.util.Arrays.stream(items).map(CSLItemData::getId).toArray(String[]::new));
        return csl;
    }

    private static String cite(CSL csl, String id) {
        return csl.makeCitation(id).get(0).getText();
    }
}
