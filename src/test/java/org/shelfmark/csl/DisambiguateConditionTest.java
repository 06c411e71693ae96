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

    @Test
    void aDisambiguateConditionBesideATypeTestIsTurnedOffWithoutASecondTypeAttribute() {
        String style = "<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"in-text\" version=\"1.0\"><citation><layout>"
                + "<choose><if disambiguate=\"true\" type=\"book\"><text value=\"A\"/></if>"
                + "<else-if disambiguate=\"true\" type=\"book\" match=\"any\"><text value=\"B\"/></else-if>"
                + "<else-if disambiguate=\"true\"><text value=\"C\"/></else-if></choose></layout></citation></style>";
        String off = DisambiguateCondition.off(style);
        assertEquals(true, off.contains("<if type=\"shelfmark-never-ambiguous\">"), off); // all must hold: never
        assertEquals(true, off.contains("<else-if match=\"any\" type=\"book\">"), off); // any: the type decides
        assertEquals(true, off.contains("<else-if type=\"shelfmark-never-ambiguous\">"), off); // alone: never
        StyleXml.parse(off); // well-formed: the regular expression it replaces wrote type twice here
    }

    @Test
    void everyIndependentStyleMakesAnEngine() {
        // sixteen did not: a citation sort in a style without a bibliography, and a type written twice
        for (String id : List.of("chicago-notes-bibliography-fr", "isnad-dipnotlu", "medical-history", "brumaire-verlag",
                "review-of-international-studies", "united-nations-development-programme-icca-legal-review")) {
            CslEngine.of(id, "en-US").session(List.of(ONE, TWO, OTHER), Markup.TEXT).cite(List.of(ONE));
        }
    }
}
