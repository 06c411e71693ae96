package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.ItemType;
import org.shelfmark.model.NameRole;
import org.shelfmark.model.PartialDate;
import org.shelfmark.model.Person;
import org.shelfmark.model.Reference;
import org.shelfmark.model.Variable;

/** citeproc-java 3.5.2 gives substitute names the outer element's name and label. */
class SubstituteNamesTest {

    private static final Reference CHAPTER = Reference.builder("c", ItemType.CHAPTER).set(Variable.TITLE, "The role of the board")
            .authors(Person.of("Chambers", "Naomi")).set(Variable.CONTAINER_TITLE, "Governing health care")
            .names(NameRole.EDITOR, List.of(Person.of("Mark", "Annabelle"))).set(Variable.PUBLISHER, "Routledge")
            .set(Variable.PAGE, "80-95").issued(PartialDate.parse("2014")).build();

    @Test
    void stockCiteprocJavaUsesTheOuterLabel() throws IOException {
        assertTrue(Stock.entries(Stock.processor("apa", "en-US", List.of(CHAPTER))).get(0).contains("In A. Mark (Editor),"));
    }

    @Test
    void mendedSubstitutesKeepTheirOwnLabel() {
        assertEquals(List.of("Chambers, N. (2014). The role of the board. In A. Mark (Ed.), Governing health care"
                + " (pp. 80–95). Routledge."), CslEngine.of("apa", "en-US").bibliography(List.of(CHAPTER), Markup.TEXT));
    }

    @Test
    void wrapsOnlySubstituteNamesThatHaveTheirOwnChildren() {
        String style = "<style xmlns=\"http://purl.org/net/xbiblio/csl\"><macro name=\"m\"><names variable=\"author\">"
                + "<name/><substitute><names variable=\"editor\"><label form=\"short\"/></names>"
                + "<names variable=\"translator\"/></substitute></names></macro></style>";
        String out = SubstituteNames.rewrite(style);
        assertTrue(out.contains("<group><names variable=\"editor\"><label form=\"short\"/></names></group>"), out);
        assertTrue(out.contains("<names variable=\"translator\"/></substitute>"), out);
    }
}
