package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** citeproc-java 3.5.2 never adds given names to tell authors apart (shared/notes/citeproc-java.md, item 2). */
class GivenNamesTest {

    private static Reference article(String id, String family, String given, String year, String title) {
        return Reference.builder(id, ItemType.ARTICLE_JOURNAL).set(Variable.TITLE, title).authors(Person.of(family, given))
                .set(Variable.CONTAINER_TITLE, "BMJ Leader").set(Variable.VOLUME, "3")
                .issued(PartialDate.parse(year)).build();
    }

    private static final List<Reference> WESTS = List.of(
            article("m", "West", "Michael", "2019", "Measuring compassion"),
            article("ma1", "West", "Michael A.", "2019", "Team working"),
            article("ma2", "West", "Michael A.", "2019", "Compassion in practice"),
            article("j", "Smith", "John", "2020", "Staff engagement"),
            article("k", "Smith", "Karen", "2020", "Ward leadership"));

    private static List<String> cites(String style, String locale) {
        CslEngine.Session s = CslEngine.of(style, locale).session(WESTS, Markup.TEXT);
        return WESTS.stream().map(r -> s.cite(List.of(r))).toList();
    }

    @Test
    void stockCiteprocJavaTellsThemApartByYearSuffixAlone() throws IOException {
        CSL csl = Stock.processor("harvard-cite-them-right", "en-GB", WESTS);
        assertEquals("(West, 2019)", csl.makeCitation("m").get(0).getText());
        assertEquals("(Smith, 2020)", csl.makeCitation("j").get(0).getText());
    }

    @Test
    void byCiteAddsInitialsOnlyWhereCitesWouldReadAlike() {
        // Cite Them Right: givenname-disambiguation-rule by-cite (the default)
        assertEquals(List.of("(M. West, 2019)", "(M. A. West, 2019b)", "(M. A. West, 2019a)", "(J. Smith, 2020)",
                "(K. Smith, 2020)"), cites("harvard-cite-them-right", "en-GB"));
    }

    @Test
    void primaryNameWithInitialsExpandsEveryFirstNameThatSharesAFamilyName() {
        // APA: primary-name-with-initials
        assertEquals(List.of("(M. West, 2019)", "(M. A. West, 2019b)", "(M. A. West, 2019a)", "(J. Smith, 2020)",
                "(K. Smith, 2020)"), cites("apa", "en-US"));
    }

    @Test
    void initialsFollowTheStylesInitializeWith() {
        GivenNames ctr = GivenNames.of(StyleCatalog.style("harvard-cite-them-right").xml());
        assertEquals("M. A.", ctr.initials("Michael A."));
        assertEquals("J.-P.", ctr.initials("Jean-Paul"));
    }
}
