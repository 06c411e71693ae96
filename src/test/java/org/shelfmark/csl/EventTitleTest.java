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

/** citeproc-java 3.5.2 does not read CSL 1.0.2's event-title. */
class EventTitleTest {

    private static final Reference KEYNOTE = Reference.builder("s", ItemType.SPEECH)
            .set(Variable.TITLE, "Compassion is the core of leadership").authors(Person.of("West", "Michael"))
            .set(Variable.EVENT_TITLE, "NHS ConfedExpo").set(Variable.EVENT_PLACE, "Manchester")
            .set(Variable.GENRE, "Keynote address").issued(PartialDate.parse("2023-06-14")).build();

    @Test
    void stockCiteprocJavaLeavesTheEventOut() throws IOException {
        assertEquals(List.of("West, M. (2023, June 14). Compassion is the core of leadership [Keynote address]."),
                Stock.entries(Stock.processor("apa", "en-US", List.of(KEYNOTE))));
    }

    @Test
    void mendedStylesThatNameTheEventTitlePrintIt() {
        assertEquals(List.of("West, M. (2023, June 14). Compassion is the core of leadership [Keynote address]."
                + " NHS ConfedExpo, Manchester."), CslEngine.of("apa", "en-US").bibliography(List.of(KEYNOTE), Markup.TEXT));
    }

    @Test
    void stylesThatNameOnlyTheOldEventAreLeftAsCiteprocJsLeavesThem() {
        // Cite Them Right names only "event", which citeproc-js does not fill from event-title
        assertEquals(List.of("West, M. (2023) ‘Compassion is the core of leadership’, 14 June."),
                CslEngine.of("harvard-cite-them-right", "en-GB").bibliography(List.of(KEYNOTE), Markup.TEXT));
    }
}
