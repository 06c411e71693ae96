package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.CiteItem;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.LocatorLabel;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** citeproc-java 3.5.2 neither groups cites of one author nor collapses citation numbers. */
class ClusterCollapseTest {

    private static Reference article(String id, String family, String year, String title) {
        return Reference.builder(id, ItemType.ARTICLE_JOURNAL).set(Variable.TITLE, title).authors(Person.of(family, "Ann"))
                .set(Variable.CONTAINER_TITLE, "BMJ Leader").set(Variable.VOLUME, "3").issued(PartialDate.parse(year)).build();
    }

    private static final List<Reference> ALL = List.of(article("s19", "Smith", "2019", "A"), article("e20", "Evans", "2020", "B"),
            article("s20", "Smith", "2020", "C"), article("s20b", "Smith", "2020", "D"));

    private static String cite(String style, String locale, String... ids) {
        return CslEngine.of(style, locale).session(ALL, Markup.TEXT)
                .citeItems(java.util.Arrays.stream(ids).map(CiteItem::of).toList());
    }

    @Test
    void stockCiteprocJavaRepeatsTheAuthor() throws IOException {
        CSL csl = Stock.processor("harvard-cite-them-right", "en-GB", ALL);
        assertEquals("(Smith, 2019; Evans, 2020; Smith, 2020)", csl.makeCitation("s19", "e20", "s20").get(0).getText());
    }

    // As citeproc-js 2.4.63 renders these clusters (the styles sort by year only).
    @Test
    void groupsCitesOfOneAuthorThatStandTogetherAndGivesTheNamesOnce() {
        assertEquals("(Smith, 2019, 2020a; Evans, 2020)", cite("harvard-cite-them-right", "en-GB", "s19", "s20", "e20"));
    }

    @Test
    void movesNoCiteToJoinAnotherOfItsAuthor() {
        assertEquals("(Smith, 2019; Evans, 2020; Smith, 2020a)", cite("harvard-cite-them-right", "en-GB", "s19", "e20", "s20"));
    }

    @Test
    void keepsTheOrderGivenForCitesTheStyleCannotTellApart() {
        assertEquals("(Smith, 2020b, 2020a)", cite("harvard-cite-them-right", "en-GB", "s20b", "s20"));
    }

    @Test
    void aLocatorEndsTheRun() {
        String c = CslEngine.of("harvard-cite-them-right", "en-GB").session(ALL, Markup.TEXT).citeItems(List.of(
                new CiteItem("s19", "4", LocatorLabel.PAGE, null, null, null), CiteItem.of("s20")));
        assertEquals("(Smith, 2019, p. 4; 2020a)", c);
    }

    @Test
    void collapsesRunsOfCitationNumbers() {
        assertEquals("(1–3)", Clusters.collapseNumbers("(1,2,3)", new CiteLayout("(", ")", ",", false, ", ", ",", true)));
        assertEquals("(1,3,5–7)", Clusters.collapseNumbers("(6,1,7,3,5)", new CiteLayout("(", ")", ",", false, ", ", ",", true)));
        assertEquals("(1,a)", Clusters.collapseNumbers("(1,a)", new CiteLayout("(", ")", ",", false, ", ", ",", true)));
    }

    @Test
    void placesImplicitSuffixesItemByItem() {
        assertEquals("(West, 2019; Ham, 2019a)", YearSuffixes.placeAfterYear("(West, 2019; Ham, 2019)",
                Map.of("w", 2019, "h", 2019), Map.of("h", "a"), List.of("w", "h")));
    }

    // citeproc-js 2.4.63 (makeCitationCluster) sorts Elsevier's cites of one author by year
    // ascending, though the style says descending: a style that groups cites shifts its directions.
    @Test
    void elsevierCitesOfOneAuthorRunFromTheEarliest() {
        Reference w21 = Reference.builder("w21", ItemType.BOOK).set(Variable.TITLE, "Compassionate leadership")
                .authors(Person.of("West", "Michael A.")).set(Variable.PUBLISHER, "P").issued(PartialDate.parse("2021")).build();
        Reference w12 = Reference.builder("w12", ItemType.BOOK).set(Variable.TITLE, "Effective teamwork")
                .authors(Person.of("West", "Michael A.")).set(Variable.PUBLISHER, "P").issued(PartialDate.parse("2012")).build();
        assertEquals("(West, 2012, 2021)", CslEngine.of("elsevier-harvard", "en-GB").session(List.of(w21, w12), Markup.TEXT)
                .citeItems(List.of(CiteItem.of("w21"), CiteItem.of("w12"))));
    }
}
