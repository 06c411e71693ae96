package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/**
 * citeproc-java 3.5.2 treats a variable that stood in for the author as empty in later
 * conditions; citeproc-js does not. Chicago substitutes the author for {@code composer}.
 */
class ConditionAliasesTest {

    private static final Reference REVIEW = Reference.builder("review", ItemType.REVIEW_BOOK)
            .set(Variable.TITLE, "Review of Compassionate leadership").authors(Person.of("Harris", "Claire"))
            .set(Variable.CONTAINER_TITLE, "Canadian Journal of Physician Leadership").issued(PartialDate.parse("2022"))
            .set(Variable.VOLUME, "8").set(Variable.ISSUE, "3").set(Variable.PAGE, "101-102").build();

    @Test
    void stockCiteprocJavaCallsASignedReviewUnsigned() throws IOException {
        assertEquals(List.of("Harris, Claire. 2022. Unsigned review of Review of Compassionate Leadership. "
                + "Canadian Journal of Physician Leadership Vol. 8 (3): 101–2."),
                Stock.entries(Stock.processor("chicago-author-date", "en-US", List.of(REVIEW))));
    }

    @Test
    void mendedConditionsSeeTheAuthorAsCiteprocJsDoes() {
        assertEquals(List.of("Harris, Claire. 2022. Review of Review of Compassionate Leadership. "
                + "Canadian Journal of Physician Leadership 8 (3): 101–2."),
                CslEngine.of("chicago-author-date", "en-US").bibliography(List.of(REVIEW), Markup.TEXT));
    }

    @Test
    void anAliasIsNotReadFromTheItemsOwnValue() {
        // an ISBN, which Chicago never prints, on an unsigned review: Chicago's alias of the author
        // must not take it for an author
        Reference withIsbn = Reference.builder("unsigned", ItemType.REVIEW_BOOK).set(Variable.TITLE, "Review of Humble leadership")
                .set(Variable.CONTAINER_TITLE, "BMJ Leader").issued(PartialDate.parse("2022"))
                .set(Variable.ISBN, "978-0-00-000000-0").build();
        CslEngine chicago = CslEngine.of("chicago-author-date", "en-US");
        assertEquals(List.of("BMJ Leader. 2022. Unsigned review of Review of Humble Leadership."),
                chicago.bibliography(List.of(withIsbn), Markup.TEXT));
    }

    @Test
    void aStyleThatSubstitutesNothingTestedLaterGetsNoAlias() {
        org.w3c.dom.Document doc = StyleXml.parse("<style xmlns=\"http://purl.org/net/xbiblio/csl\"><macro name=\"a\">"
                + "<names variable=\"author\"><substitute><text variable=\"title\"/></substitute></names></macro>"
                + "<choose><if variable=\"publisher\"><text variable=\"publisher\"/></if></choose></style>");
        ConditionAliases.rewrite(doc);
        assertEquals(true, StyleXml.serialize(doc).contains("<if variable=\"publisher\">"));
    }
}
