package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.Organisation;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** citeproc-java 3.5.2 puts titles in title case by rules of its own; citeproc-js's are the reference. */
class TitleCaseTest {

    private static final Reference GUIDE = Reference.builder("guide", ItemType.PAMPHLET)
            .set(Variable.TITLE, "Speaking up: a guide for staff").authors(new Organisation("National Guardian's Office"))
            .set(Variable.PUBLISHER, "National Guardian's Office").issued(PartialDate.parse("2021")).build();

    @Test
    void stockCiteprocJavaCapitalisesAStopWordBeforeAColon() throws IOException {
        assertEquals(List.of("National Guardian’s Office. 2021. Speaking Up: A Guide for Staff. National Guardian’s Office."),
                Stock.entries(Stock.processor("chicago-author-date", "en-US", List.of(GUIDE))));
    }

    @Test
    void mendedTitleCaseIsCiteprocJs() {
        assertEquals(List.of("National Guardian’s Office. 2021. Speaking up: A Guide for Staff. National Guardian’s Office."),
                CslEngine.of("chicago-author-date", "en-US").bibliography(List.of(GUIDE), Markup.TEXT));
    }

    @Test
    void titlesInOtherLanguagesKeepTheirCase() {
        Reference swedish = Reference.builder("sv", ItemType.BOOK).set(Variable.TITLE, "Ledarskap i vården")
                .set(Variable.LANGUAGE, "sv").issued(PartialDate.parse("2020")).build();
        assertEquals(true, CslEngine.of("chicago-author-date", "en-US").bibliography(List.of(swedish), Markup.TEXT)
                .get(0).contains("Ledarskap i vården"));
    }

    @Test
    void theMarksAreGoneFromEveryMarkup() {
        for (Markup markup : Markup.values()) {
            String entry = CslEngine.of("chicago-author-date", "en-US").bibliography(List.of(GUIDE), markup).get(0);
            assertEquals(true, entry.contains("Speaking up: A Guide for Staff") && entry.indexOf(TitleCase.OPEN) < 0
                    && entry.indexOf(TitleCase.CLOSE) < 0, markup + ": " + entry);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ledarskap i vården|Ledarskap i Vården",
        "Zarządzanie w ochronie zdrowia|Zarządzanie w Ochronie Zdrowia",
        "Complicated and complex systems: what would successful reform of Medicare look like?"
                + "|Complicated and Complex Systems: What Would Successful Reform of Medicare Look Like?",
        "‘It’s about people’: managers on compassionate leadership|‘It’s about People’: Managers on Compassionate Leadership",
        "a step-by-step guide to the NHS|A Step-by-Step Guide to the NHS",
        "leadership in iPhone apps|Leadership in iPhone Apps",
        "what are we waiting for|What Are We Waiting For",
        "the end-of-life care: a (new) approach to it|The End-of-Life Care: A (New) Approach to It",
        "Leading “with” kindness: what’s next in the NHS?|Leading “with” Kindness: What’s next in the NHS?",
        "<i>the</i> review of <span class=\"nocase\">de novo</span> teams|<i>The</i> Review of <span class=\"nocase\">de novo</span> Teams",
    })
    void titleCaseFollowsCiteprocJs(String given, String expected) {
        assertEquals(expected, TitleCase.title(given));
    }
}
