package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** citeproc-java 3.5.2 never nests quotation marks (shared/notes/citeproc-java.md, item 3). */
class QuoteMarksTest {

    private static Reference article(String title) {
        return Reference.builder("a", ItemType.ARTICLE_JOURNAL).set(Variable.TITLE, title)
                .authors(Person.of("Bailey", "Suzie")).set(Variable.CONTAINER_TITLE, "BMJ Open")
                .set(Variable.VOLUME, "12").set(Variable.PAGE, "205-215").issued(PartialDate.parse("2021")).build();
    }

    private static Reference book(String title) {
        return Reference.builder("b", ItemType.BOOK).set(Variable.TITLE, title).authors(Person.of("Bailey", "Suzie"))
                .set(Variable.PUBLISHER, "SAGE").issued(PartialDate.parse("2021")).build();
    }

    private static String harvard(Reference r) {
        return CslEngine.of("harvard-cite-them-right", "en-GB").bibliography(List.of(r), Markup.TEXT).get(0);
    }

    @Test
    void stockCiteprocJavaRepeatsTheOuterMarksInside() throws IOException {
        assertEquals(List.of("Bailey, S. (2021) ‘The ‘golden thread’ of strategy’, BMJ Open, 12, pp. 205–215."),
                Stock.entries(Stock.processor("harvard-cite-them-right", "en-GB", List.of(article("The ‘golden thread’ of strategy")))));
    }

    @Test
    void everyMarkIsResolvedAloneAndTextWithoutMarksStaysAsItIs() {
        QuoteMarks quotes = QuoteMarks.of("<locale/>");
        for (char mark : "\uE000\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE010\uE011".toCharArray()) {
            String resolved = quotes.resolve("a " + mark + "b");
            assertEquals(4, resolved.length(), resolved);
            assertTrue(resolved.charAt(2) >= '\u2018' && resolved.charAt(2) <= '\u201D', "mark " + (int) mark + ": " + resolved);
        }
        for (char other : "\uE008\uE00F\uE012\uE0FF\u2018\u201D\"'x".toCharArray()) {
            assertEquals("a " + other + "b", quotes.resolve("a " + other + "b"));
        }
    }

    @Test
    void mendedTypographicQuotesFlipInsideTheirLike() {
        assertEquals("Bailey, S. (2021) ‘The “golden thread” of strategy’, BMJ Open, 12, pp. 205–215.",
                harvard(article("The ‘golden thread’ of strategy")));
        assertEquals("Bailey, S. (2021) ‘Patients’ and carers’ views of “good” leadership’, BMJ Open, 12, pp. 205–215.",
                harvard(article("Patients’ and carers’ views of ‘good’ leadership")), "apostrophes stay apostrophes");
        assertEquals("Bailey, S. (2021) The ‘golden thread’ of strategy. SAGE.",
                harvard(book("The ‘golden thread’ of strategy")), "unquoted titles keep their marks");
    }

    @Test
    void straightQuotesTakeTheLevelOfTheirNesting() {
        assertEquals("Bailey, S. (2021) ‘The “big ‘small’ thing” here’, BMJ Open, 12, pp. 205–215.",
                harvard(article("The \"big 'small' thing\" here")));
        assertEquals("Bailey, S. (2021) The ‘big “small” thing’ here. SAGE.", harvard(book("The \"big 'small' thing\" here")));
        assertEquals("Bailey, S. (2021) ‘Rock ’n’ roll leadership’, BMJ Open, 12, pp. 205–215.",
                harvard(article("Rock ’n’ roll leadership")));
    }

    @Test
    void movesPunctuationInsideWhereTheLocaleDoes() {
        String apa = CslEngine.of("apa", "en-US").bibliography(List.of(
                Reference.builder("n", ItemType.ARTICLE_NEWSPAPER).set(Variable.TITLE, "Managers ‘stretched to breaking point’")
                        .authors(Person.of("Campbell", "Denis")).set(Variable.CONTAINER_TITLE, "The Guardian")
                        .issued(PartialDate.parse("2023-01-01")).build()), Markup.TEXT).get(0);
        assertEquals("Campbell, D. (2023, January 1). Managers ‘stretched to breaking point.’ The Guardian.", apa);
    }

    @Test
    void pairsOnlyMarksThatOpenAndCloseWords() {
        assertEquals("It's", QuoteMarks.mark("It's"));
        assertEquals("Patients’ views", QuoteMarks.mark("Patients’ views"));
        assertEquals("an \"unclosed quote", QuoteMarks.mark("an \"unclosed quote"));
        assertEquals("\uE004a\uE005 \uE006b\uE007", QuoteMarks.mark("‘a’ “b”"));
    }
}
