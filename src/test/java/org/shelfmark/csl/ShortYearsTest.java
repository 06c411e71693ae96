package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** citeproc-java 3.5.2 prints a short year form in full. */
class ShortYearsTest {

    private static final List<org.shelfmark.model.Reference> WEB = List.of(Items.webpage("w", "What is compassionate leadership?", "2022"));

    @Test
    void stockCiteprocJavaPrintsTheWholeYear() throws IOException {
        assertTrue(Stock.entries(Stock.processor("elsevier-harvard", "en-GB", WEB)).get(0).endsWith("(accessed 11.25.2026)."));
    }

    @Test
    void mendedYearsReadAsTheStyleWritesThem() {
        String entry = CslEngine.of("elsevier-harvard", "en-GB").bibliography(WEB, Markup.TEXT).get(0);
        assertEquals("The King’s Fund, 2022. What is compassionate leadership? [WWW Document]."
                + " URL https://www.kingsfund.org.uk/w (accessed 11.25.26).", entry);
    }

    @Test
    void mendsOnlyVariablesWhoseYearIsAlwaysShort() {
        assertTrue(ShortYears.of(StyleCatalog.style("elsevier-harvard").xml()).active());
        assertEquals(false, ShortYears.of(StyleCatalog.style("harvard-cite-them-right").xml()).active());
    }
}
