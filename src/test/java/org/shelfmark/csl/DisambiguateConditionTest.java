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

/** citeproc-java 3.5.2 always takes {@code <if disambiguate="true">}. */
class DisambiguateConditionTest {

    private static Reference article(String id, String title) {
        return Reference.builder(id, ItemType.ARTICLE_JOURNAL).set(Variable.TITLE, title)
                .authors(Person.of("Müller", "Jürgen")).set(Variable.CONTAINER_TITLE, "The Lancet")
                .issued(PartialDate.parse("2022")).build();
    }

    private static final Reference ONE = article("one", "Distributed leadership");
    private static final Reference TWO = article("two", "Team climate");
    private static final Reference OTHER = Reference.builder("other", ItemType.BOOK).set(Variable.TITLE, "Humble leadership")
            .authors(Person.of("Schein", "Edgar H.")).set(Variable.PUBLISHER, "Berrett-Koehler").build();

    @Test
    void stockCiteprocJavaAddsTheTitleToEveryMlaCite() throws IOException {
        CSL csl = Stock.processor("modern-language-association", "en-US", List.of(OTHER));
        assertEquals("(Schein, Humble Leadership)", csl.makeCitation("other").get(0).getText());
    }

    @Test
    void mendedMlaAddsTheTitleOnlyWhereTwoWorksWouldReadAlike() {
        List<Reference> all = List.of(ONE, TWO, OTHER);
        CslEngine.Session s = CslEngine.of("modern-language-association", "en-US").session(all, Markup.TEXT);
        assertEquals("(Schein)", s.cite(List.of(OTHER)));
        assertEquals("(Müller, “Distributed Leadership”)", s.cite(List.of(ONE)));
        assertEquals("(Müller, “Team Climate”)", s.cite(List.of(TWO)));
    }

    @Test
    void aClusterAddsTheTitleOnlyToTheCitesThatNeedIt() {
        CslEngine.Session s = CslEngine.of("modern-language-association", "en-US").session(List.of(ONE, TWO, OTHER), Markup.TEXT);
        assertEquals("(Müller, “Distributed Leadership”; Schein)", s.cite(List.of(ONE, OTHER)));
    }
}
