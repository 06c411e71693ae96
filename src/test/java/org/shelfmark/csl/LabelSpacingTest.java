package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** citeproc-java 3.5.2 drops the space after a citation number (shared/notes/citeproc-java.md, item 7). */
class LabelSpacingTest {

    private static final String IEEE = "D. Evans, “So close to love: compassionate leadership in healthcare,”"
            + " British Journal of Healthcare Management, 2022, doi: 10.12968/bjhc.2021.0135.";

    @Test
    void stockCiteprocJavaJoinsTheNumberToTheEntry() throws IOException {
        assertEquals(List.of("[1]" + IEEE), Stock.entries(Stock.unmended("ieee", "en-US", List.of(Items.evans()))));
    }

    @Test
    void mendedTextSeparatesTheNumberAsCiteprocJsDoes() {
        assertEquals(List.of("[1] " + IEEE), CslEngine.of("ieee", "en-US").bibliography(List.of(Items.evans()), Markup.TEXT));
        assertEquals("1. Evans D", LabelSpacing.apply("1.Evans D"));
    }

    @Test
    void leavesEntriesWithoutANumberAlone() {
        assertEquals("Evans, D. (2022)", LabelSpacing.apply("Evans, D. (2022)"));
        assertEquals("[1] Evans", LabelSpacing.apply("[1] Evans"));
    }

    @Test
    void htmlEntriesStayOnOneLine() {
        String html = CslEngine.of("ieee", "en-US").bibliography(List.of(Items.evans()), Markup.HTML).get(0);
        assertEquals(1, html.lines().count(), html);
        assertEquals(true, html.startsWith("<div class=\"csl-entry\"><div class=\"csl-left-margin\">[1]</div>"), html);
    }
}
