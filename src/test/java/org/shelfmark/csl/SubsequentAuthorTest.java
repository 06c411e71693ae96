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

/** citeproc-java 3.5.2 ignores subsequent-author-substitute. */
class SubsequentAuthorTest {

    private static Reference book(String id, String title, String year) {
        return Reference.builder(id, ItemType.BOOK).set(Variable.TITLE, title).authors(Person.of("West", "Michael A."))
                .set(Variable.PUBLISHER, "Swirling Leaf Press").issued(PartialDate.parse(year)).build();
    }

    private static final List<Reference> BOOKS = List.of(book("a", "Compassionate leadership", "2021"),
            book("b", "Effective teamwork", "2012"));

    @Test
    void stockCiteprocJavaRepeatsTheNames() throws IOException {
        assertEquals("West, Michael A. Effective Teamwork. Swirling Leaf Press, 2012.",
                Stock.entries(Stock.processor("modern-language-association", "en-US", BOOKS)).get(1));
    }

    @Test
    void mendedMlaSubstitutesRepeatedNames() {
        assertEquals(List.of("West, Michael A. Compassionate Leadership. Swirling Leaf Press, 2021.",
                "———. Effective Teamwork. Swirling Leaf Press, 2012."),
                CslEngine.of("modern-language-association", "en-US").bibliography(BOOKS, Markup.TEXT));
    }
}
