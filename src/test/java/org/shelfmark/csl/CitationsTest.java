package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.CiteItem;
import org.shelfmark.model.CiteItem.Mode;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.LocatorLabel;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** Locators, prefixes, suffixes and author modes, which citeproc-java 3.5.2 leaves out but locators. */
class CitationsTest {

    private static final Reference WEST = Reference.builder("west", ItemType.BOOK).set(Variable.TITLE, "Compassionate leadership")
            .authors(Person.of("West", "Michael A.")).set(Variable.PUBLISHER, "Swirling Leaf Press")
            .issued(PartialDate.parse("2021")).build();
    private static final List<Reference> ALL = List.of(Items.evans(), WEST);

    private static String harvard(CiteItem... items) {
        return CslEngine.of("harvard-cite-them-right", "en-GB").session(ALL, Markup.TEXT).citeItems(List.of(items));
    }

    @Test
    void rendersLocatorsWithTheirLabels() {
        assertEquals("(Evans, 2022, p. 12)", harvard(new CiteItem("evans", "12", LocatorLabel.PAGE, null, null, null)));
        assertEquals("(West, 2021, ch. 3)", harvard(new CiteItem("west", "3", LocatorLabel.CHAPTER, null, null, null)));
    }

    @Test
    void addsPrefixesAndSuffixesInsideTheCluster() {
        assertEquals("(West, 2021; see Evans, 2022, p. 12, for a review)", harvard(
                new CiteItem("evans", "12", LocatorLabel.PAGE, "see", ", for a review", Mode.NORMAL), CiteItem.of("west")));
    }

    @Test
    void leavesOutTheAuthorOrPutsItInTheText() {
        assertEquals("(2021)", harvard(new CiteItem("west", null, null, null, null, Mode.SUPPRESS_AUTHOR)));
        assertEquals("West", harvard(new CiteItem("west", null, null, null, null, Mode.AUTHOR_ONLY)));
        assertEquals("West (2021)", harvard(new CiteItem("west", null, null, null, null, Mode.NARRATIVE)));
        assertEquals("Evans (2022, p. 4)", harvard(new CiteItem("evans", "4", LocatorLabel.PAGE, null, null, Mode.NARRATIVE)));
    }

    @Test
    void apaNarrativeCites() {
        String apa = CslEngine.of("apa", "en-US").session(ALL, Markup.TEXT)
                .citeItems(List.of(new CiteItem("west", "10", LocatorLabel.PAGE, null, null, Mode.NARRATIVE)));
        assertEquals("West (2021, p. 10)", apa);
    }

    @Test
    void escapesWhatTheWriterAddsInHtml() {
        String html = CslEngine.of("harvard-cite-them-right", "en-GB").session(ALL, Markup.HTML)
                .citeItems(List.of(new CiteItem("west", null, null, "<b>see</b> &", null, Mode.NORMAL)));
        assertEquals("(&lt;b&gt;see&lt;/b&gt; &amp; West, 2021)", html);
    }
}
