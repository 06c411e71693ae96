package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.Reference;

/**
 * A long list is sorted in two halves at once, then merged: its order is the one a single stable
 * sort gives, which a shorter list (sorted whole) shows. Works that tie on every key (the same
 * author, year and title) keep the order they were given in, across the halves too.
 */
class SortHalvesTest {

    @Test
    void aLongListIsInTheOrderOfOneSortOfTheWhole() {
        List<Reference> records = BibliographyHalvesTest.records(CslEngine.PARALLEL_ENTRIES + 100);
        CslEngine engine = CslEngine.of("harvard-cite-them-right", "en-GB");
        List<String> all = ids(engine, records);
        for (int start = 0; start < 3; start++) {
            int first = start;
            // a third of the list, from both halves, short enough to be sorted whole
            List<Reference> some = IntStream.range(0, records.size()).filter(i -> i % 3 == first)
                    .mapToObj(records::get).toList();
            Set<String> wanted = some.stream().map(Reference::id).collect(Collectors.toSet());
            assertEquals(ids(engine, some), all.stream().filter(wanted::contains).toList());
        }
    }

    private static List<String> ids(CslEngine engine, List<Reference> records) {
        return engine.session(records, Markup.TEXT).bibliography(records).stream().map(CslEngine.Entry::id).toList();
    }
}
