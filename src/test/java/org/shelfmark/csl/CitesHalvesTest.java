package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.Reference;

/**
 * A long list's cites, each rendered alone, are rendered in two halves at once: each cite reads as
 * one processor with every item registered renders it, in styles that add names, give initials and
 * shorten author lists.
 */
class CitesHalvesTest {

    @Test
    void aLongListsCitesReadAsOneProcessorRendersThem() {
        List<Reference> records = BibliographyHalvesTest.records(CslEngine.PARALLEL_ENTRIES + 50);
        for (String[] style : new String[][] {{"harvard-cite-them-right", "en-GB"}, {"apa", "en-US"}}) {
            CslEngine engine = CslEngine.of(style[0], style[1]);
            // the cites are of the items given, whatever the session's own list
            CslEngine.Session session = engine.session(records.subList(0, 2), Markup.TEXT);
            CSLItemData[] items = records.stream().map(ItemMapper::toItem).toArray(CSLItemData[]::new);
            Map<String, String> halves = session.citesAlone(items, engine.renderedStyle());
            assertEquals(session.citesAloneOf(items, engine.renderedStyle()), halves, style[0]);
            assertEquals(records.stream().map(Reference::id).toList(), List.copyOf(halves.keySet()), "in the items' order");
        }
    }
}
