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

/** citeproc-java 3.5.2 writes a names delimiter after an empty first variable (doubled punctuation, item 6). */
class NamesDelimiterTest {

    private static final Reference TRANSLATED = Reference.builder("t", ItemType.BOOK)
            .set(Variable.TITLE, "The courage to care").authors(Person.of("Dubois", "Claire"))
            .names(NameRole.TRANSLATOR, List.of(Person.of("Williams", "Rhian")))
            .set(Variable.PUBLISHER, "Polity").set(Variable.PUBLISHER_PLACE, "Cambridge")
            .issued(PartialDate.parse("2019")).build();

    @Test
    void stockCiteprocJavaDoublesThePunctuation() throws IOException {
        assertEquals(List.of("Dubois, C. (2019) The courage to care. . Translated by R. Williams. Cambridge: Polity."),
                Stock.entries(Stock.processor("harvard-cite-them-right", "en-GB", List.of(TRANSLATED))));
    }

    @Test
    void mendedStyleWritesTheDelimiterOnlyBetweenNames() {
        assertEquals(List.of("Dubois, C. (2019) The courage to care. Translated by R. Williams. Cambridge: Polity."),
                CslEngine.of("harvard-cite-them-right", "en-GB").bibliography(List.of(TRANSLATED), Markup.TEXT));
        assertEquals(List.of("Dubois, C. (2019). The courage to care (R. Williams, Trans.). Polity."),
                CslEngine.of("apa", "en-US").bibliography(List.of(TRANSLATED), Markup.TEXT));
    }

    @Test
    void rewritesEachDelimitedNamesOfSeveralVariablesIntoAChoice() {
        String style = "<style xmlns=\"http://purl.org/net/xbiblio/csl\"><macro name=\"m\">"
                + "<names variable=\"editor translator\" delimiter=\". \"><name/></names>"
                + "<names variable=\"author\"><name/></names></macro></style>";
        String out = NamesDelimiter.rewrite(style);
        assertTrue(out.contains("<choose><if variable=\"editor\"><names delimiter=\". \" variable=\"editor translator\">"), out);
        assertTrue(out.contains("<else><names delimiter=\". \" variable=\"translator\">"), out);
        assertTrue(out.contains("<names variable=\"author\">"), out);
    }
}
