package org.shelfmark.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DoiTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "10.12968/bjhc.2021.0135",
        "doi:10.12968/bjhc.2021.0135",
        "DOI:10.12968/bjhc.2021.0135",
        "https://doi.org/10.12968/bjhc.2021.0135",
        "http://dx.doi.org/10.12968/bjhc.2021.0135",
        "  https://doi.org/10.12968/bjhc.2021.0135  "
    })
    void storesEveryAcceptedFormBare(String written) {
        assertEquals("10.12968/bjhc.2021.0135", Doi.parse(written).value());
    }

    @Test
    void comparesCaseInsensitivelyButKeepsTheSpellingGiven() {
        Doi upper = Doi.parse("10.12968/BJHC.2021.0135");
        Doi lower = Doi.parse("10.12968/bjhc.2021.0135");
        assertEquals(lower, upper);
        assertEquals(lower.hashCode(), upper.hashCode());
        assertEquals("10.12968/BJHC.2021.0135", upper.toString());
        assertNotEquals(lower, Doi.parse("10.12968/bjhc.2021.0136"));
    }

    @Test
    void linksToTheResolver() {
        assertEquals("https://doi.org/10.12968/bjhc.2021.0135", Doi.parse("doi:10.12968/bjhc.2021.0135").toUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12968/bjhc", "10.12/x", "10.12968/", "10.12968/with space", "https://example.org/10.1/x"})
    void rejectsWhatIsNotADoi(String written) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Doi.parse(written));
        assertEquals("'" + written.strip() + "' is not a DOI: a DOI starts '10.', then 4 to 9 digits, '/' and"
                + " a suffix without spaces, as in 10.12968/bjhc.2021.0135", e.getMessage());
    }
}
