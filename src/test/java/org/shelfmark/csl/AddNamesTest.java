package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.CiteItem;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** citeproc-java 3.5.2 ignores {@code disambiguate-add-names}. The expected cites are citeproc-js 2.4.63's. */
class AddNamesTest {

    private static Reference article(String id, String title, String... families) {
        return Reference.builder(id, ItemType.ARTICLE_JOURNAL).set(Variable.TITLE, title)
                .authors(Arrays.stream(families).map(f -> Person.of(f, "A.")).toArray(Person[]::new))
                .set(Variable.CONTAINER_TITLE, "BMJ").issued(PartialDate.parse("2020")).build();
    }

    private static final List<Reference> WORKS = List.of(article("sjb", "One", "Smith", "Jones", "Brown"),
            article("sjw", "Two", "Smith", "Jones", "White"), article("stx", "Three", "Smith", "Taylor", "Xu"),
            article("sjb2", "Four", "Smith", "Jones", "Brown"));

    @Test
    void stockCiteprocJavaTellsTheWorksApartByYearSuffixAlone() throws IOException {
        CSL csl = Stock.processor("apa", "en-US", WORKS);
        assertEquals("(Smith et al., 2020)", csl.makeCitation("stx").get(0).getText());
    }

    @Test
    void mendedCitesNameAsManyAuthorsAsItTakes() {
        CslEngine.Session s = CslEngine.of("apa", "en-US").session(WORKS, Markup.TEXT);
        assertEquals(List.of("(Smith, Jones, & Brown, 2020b)", "(Smith, Jones, & White, 2020)", "(Smith, Taylor, et al., 2020)",
                "(Smith, Jones, & Brown, 2020a)"), WORKS.stream().map(r -> s.cite(List.of(r))).toList());
    }

    @Test
    void onlyTheCitesEtAlShortensAreRenderedAgainWithMoreNames() {
        // two works of Smith and Jones alone beside those of three authors: their cites read the same at any level
        List<Reference> works = new ArrayList<>(WORKS);
        works.add(article("sj1", "Five", "Smith", "Jones"));
        works.add(article("sj2", "Six", "Smith", "Jones"));
        CslEngine.Session s = CslEngine.of("apa", "en-US").session(works, Markup.TEXT);
        assertEquals(List.of("(Smith, Jones, & Brown, 2020b)", "(Smith, Jones, & White, 2020)", "(Smith, Taylor, et al., 2020)",
                "(Smith, Jones, & Brown, 2020a)", "(Smith & Jones, 2020a)", "(Smith & Jones, 2020b)"),
                works.stream().map(r -> s.cite(List.of(r))).toList());
        assertEquals(3, AddNames.fewestShortened(StyleCatalog.style("apa").xml()));
        assertEquals(4, AddNames.fewestShortened(StyleCatalog.style("harvard-cite-them-right").xml()));
    }

    @Test
    void anItemHasSoManyNamesWhenOneOfItsListsHas() {
        CSLItemData item = new CSLItemDataBuilder().author(names(1)).editor(names(4)).build();
        assertTrue(AddNames.hasNames(item, 4));
        assertFalse(AddNames.hasNames(item, 5));
        assertTrue(AddNames.hasNames(new CSLItemDataBuilder().composer(names(2)).build(), 2));
        assertFalse(AddNames.hasNames(new CSLItemDataBuilder().build(), 1));
    }

    // The lists are named one by one: each name list citeproc-java's items have, found by
    // reflection, is set alone through the builder and counted.
    @Test
    void everyNameListOfAnItemIsCounted() throws ReflectiveOperationException {
        List<java.lang.reflect.Method> getters = Arrays.stream(CSLItemData.class.getMethods())
                .filter(m -> m.getParameterCount() == 0 && m.getReturnType() == CSLName[].class).toList();
        assertEquals(26, getters.size());
        for (java.lang.reflect.Method getter : getters) {
            String variable = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            CSLItemDataBuilder builder = new CSLItemDataBuilder();
            CSLItemDataBuilder.class.getMethod(variable, CSLName[].class).invoke(builder, (Object) names(3));
            assertTrue(AddNames.hasNames(builder.build(), 3), variable);
        }
    }

    // What the mend counts on: of every 100th style that adds names, the cites of items whose name
    // lists are all shorter than its fewest et-al-min read the same with any number of names shown.
    @Test
    void aCiteWhoseNameListsEtAlLeavesWholeReadsTheSameWithMoreNamesShown() throws IOException {
        List<String> ids = StyleCatalog.styleIds().stream().sorted().toList();
        int styles = 0;
        for (int i = 0; i < ids.size(); i += 100) {
            String xml = StyleCatalog.style(ids.get(i)).xml();
            int shown = AddNames.shown(xml);
            int fewest = AddNames.fewestShortened(xml);
            if (shown == 0 || fewest > 20) {
                continue;
            }
            styles++;
            List<CSLItemData> items = new ArrayList<>();
            for (int n = 1; n < fewest; n++) {
                items.add(new CSLItemDataBuilder().id("a" + n).type(CSLType.ARTICLE_JOURNAL).author(names(n)).title("T")
                        .containerTitle("J").issued(new CSLDateBuilder().dateParts(2020).build()).build());
                items.add(new CSLItemDataBuilder().id("e" + n).type(CSLType.BOOK).editor(names(n)).title("T")
                        .issued(new CSLDateBuilder().dateParts(2020).build()).build());
            }
            List<String> alone = cites(xml, items);
            for (int more = shown + 1; more <= shown + 3; more++) {
                assertEquals(alone, cites(AddNames.showing(xml, more), items), ids.get(i) + " showing " + more);
            }
        }
        assertTrue(styles >= 20, "styles that add names: " + styles);
    }

    private static CSLName[] names(int n) {
        return IntStream.range(0, n).mapToObj(i -> new CSLNameBuilder().family("Family" + (char) ('A' + i)).given("Given").build())
                .toArray(CSLName[]::new);
    }

    private static List<String> cites(String xml, List<CSLItemData> items) throws IOException {
        CSL csl = new CSL(new ListItemDataProvider(items.toArray(CSLItemData[]::new)), new RegionalLocaleProvider("en-US"),
                new DefaultAbbreviationProvider(), xml, "en-US");
        csl.setOutputFormat("text");
        csl.registerCitationItems(items.stream().map(CSLItemData::getId).toArray(String[]::new));
        return items.stream().map(i -> csl.makeCitation(i.getId()).get(0).getText()).toList();
    }

    @Test
    void aClusterKeepsTheOrderGivenWhereTheKeysNameOnlyTheFirstAuthor() {
        CslEngine.Session s = CslEngine.of("apa", "en-US").session(WORKS, Markup.TEXT);
        assertEquals("(Smith, Jones, & Brown, 2020b; Smith, Jones, & White, 2020; Smith, Taylor, et al., 2020; "
                + "Smith, Jones, & Brown, 2020a)", s.citeItems(WORKS.stream().map(r -> CiteItem.of(r.id())).toList()));
    }
}
