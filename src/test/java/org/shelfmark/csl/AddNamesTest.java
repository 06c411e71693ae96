package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
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
    void aClusterKeepsTheOrderGivenWhereTheKeysNameOnlyTheFirstAuthor() {
        CslEngine.Session s = CslEngine.of("apa", "en-US").session(WORKS, Markup.TEXT);
        assertEquals("(Smith, Jones, & Brown, 2020b; Smith, Jones, & White, 2020; Smith, Taylor, et al., 2020; "
                + "Smith, Jones, & Brown, 2020a)", s.citeItems(WORKS.stream().map(r -> CiteItem.of(r.id())).toList()));
    }
}
