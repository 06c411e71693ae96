package org.shelfmark.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> FIELDS = List.of("title", "title-short", "container-title", "publisher", "issued");

    @Test
    void suggestsTheNearestByEditDistance() {
        assertEquals(List.of("title"), Suggestions.closest("titel", FIELDS, 1));
        assertEquals(List.of("publisher"), Suggestions.closest("publsher", FIELDS, 3));
    }

    @Test
    void prefersNamesThatStartWithWhatWasTyped() {
        assertEquals(List.of("title", "title-short", "container-title"), Suggestions.closest("title", FIELDS, 3));
    }

    @Test
    void suggestsNothingFarAway() {
        assertEquals(List.of(), Suggestions.closest("zzzzzz", FIELDS, 3));
    }

    @Test
    void countsEdits() {
        assertEquals(0, Suggestions.distance("abc", "abc"));
        assertEquals(1, Suggestions.distance("abc", "abd"));
        assertEquals(3, Suggestions.distance("", "abc"));
        assertEquals(2, Suggestions.distance("titel", "title"));
    }
}
