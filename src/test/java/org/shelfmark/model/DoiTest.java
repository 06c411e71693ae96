package org.shelfmark.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
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

    @Test
    void theLoopTakesWhatTheExpressionMatches() {
        // random texts near a DOI's shape: the loop and the expression agree on each
        String[] starts = {"10.", "10.", "10.", "", "10", "11.", " 10."};
        String[] between = {"/", "/", "/", "", "x", "//"};
        String[] suffix = {"x", ".", "1", "/", " ", "\t", "\u000B", "\f", "\r", "\u00A0", "\uD83D", "\u2028"};
        Random random = new Random(20261127);
        int bare = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder(starts[random.nextInt(starts.length)]);
            int digits = random.nextInt(12);
            for (int i = 0; i < digits; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            text.append(between[random.nextInt(between.length)]);
            int length = random.nextInt(5);
            for (int i = 0; i < length; i++) {
                text.append(suffix[random.nextInt(random.nextInt(4) == 0 ? suffix.length : 3)]);
            }
            String t = text.toString();
            boolean matches = Doi.BARE.matcher(t).matches();
            assertEquals(matches, Doi.bare(t), t);
            bare += matches ? 1 : 0;
        }
        assertTrue(bare > 1000, "too few DOIs among the random texts to check: " + bare);
    }
}
