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

/** citeproc-java 3.5.2 inverts names with particles and suffixes wrongly (shared/notes/citeproc-java.md, item 5). */
class InvertedNamesTest {

    private static Reference book(String id, Person author) {
        return Reference.builder(id, ItemType.BOOK).set(Variable.TITLE, "Medical humanism").authors(author)
                .set(Variable.PUBLISHER, "Insel").set(Variable.PUBLISHER_PLACE, "Leipzig")
                .issued(PartialDate.parse("2010")).build();
    }

    private static final Reference GOETHE = book("g", new Person("Goethe", "Johann", "von", null, null));
    private static final Reference KING = book("k", new Person("King", "Martin", null, null, "Jr."));
    private static final Reference BERG = book("b", new Person("Berg", "Anna", null, "van den", null));

    @Test
    void stockCiteprocJavaPutsParticlesAndSuffixesBeforeTheComma() throws IOException {
        assertEquals(List.of("King Jr., M. (2010) Medical humanism. Leipzig: Insel.",
                "von Goethe, J. (2010) Medical humanism. Leipzig: Insel."),
                Stock.entries(Stock.processor("harvard-cite-them-right", "en-GB", List.of(GOETHE, KING))));
    }

    @Test
    void mendedNamesInvertAsCiteprocJsInvertsThem() {
        assertEquals(List.of("Goethe, J. von (2010) Medical humanism. Leipzig: Insel.",
                "King, M., Jr. (2010) Medical humanism. Leipzig: Insel."),
                CslEngine.of("harvard-cite-them-right", "en-GB").bibliography(List.of(GOETHE, KING), Markup.TEXT));
    }

    @Test
    void demotesANonDroppingParticleWhereTheStyleSaysDisplayAndSort() {
        // Chicago demotes in display and sorting (and leaves out the place); Cite Them Right in sorting only
        assertEquals(List.of("Berg, Anna van den. 2010. Medical Humanism. Insel."),
                CslEngine.of("chicago-author-date", "en-US").bibliography(List.of(BERG), Markup.TEXT));
        assertEquals(List.of("van den Berg, A. (2010) Medical humanism. Leipzig: Insel."),
                CslEngine.of("harvard-cite-them-right", "en-GB").bibliography(List.of(BERG), Markup.TEXT));
    }

    @Test
    void citationsKeepTheFamilyName() {
        assertEquals("(Goethe, 2010)", CslEngine.of("harvard-cite-them-right", "en-GB").citation(List.of(GOETHE), List.of(GOETHE), Markup.TEXT));
    }
}
