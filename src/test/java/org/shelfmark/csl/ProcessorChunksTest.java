package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfmark.model.Reference;

/**
 * What a processor renders of each item alone, rendered in chunks of items with the processor
 * cleared between them, reads as one processor with every item registered renders it: the sort
 * keys of sampled styles' bibliographies and citations, and a list's cites rendered alone, in
 * styles with and without citation numbers.
 */
class ProcessorChunksTest {

    // small, so that the items of SortKeyPassesTest fall into many chunks
    private static final int CHUNK = 7;

    @Test
    void sortKeysRenderedInChunksReadAsOneProcessorRendersThem() throws IOException {
        CSLItemData[] items = SortKeyPassesTest.items();
        for (String xml : StyleSamples.every(100)) {
            for (String element : List.of("bibliography", "citation")) {
                BibliographyOrder order = BibliographyOrder.of(xml, "en-US", element, true, true);
                if (order == null) {
                    continue; // sorted by citation number, or not at all
                }
                List<String[]> whole = order.keyTexts(items, StyleSamples::processor, Integer.MAX_VALUE);
                List<String[]> chunked = order.keyTexts(items, StyleSamples::processor, CHUNK);
                assertEquals(whole.size(), chunked.size());
                for (int k = 0; k < whole.size(); k++) {
                    assertArrayEquals(whole.get(k), chunked.get(k), element + " of " + xml.substring(0, Math.min(400, xml.length())));
                }
            }
        }
    }

    // a citation number is an item's place among all the items a processor holds
    @Test
    void sortKeysThatShowACitationNumberAreRenderedWhole() {
        String numbered = "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\">"
                + "<macro name=\"a\"><text variable=\"citation-number\"/><names variable=\"author\"/></macro>"
                + "<citation><layout><text variable=\"title\"/></layout></citation>"
                + "<bibliography><sort><key macro=\"a\"/></sort><layout><text macro=\"a\"/></layout></bibliography></style>";
        BibliographyOrder order = BibliographyOrder.of(numbered, "en-US", "bibliography", true, true);
        CSLItemData[] items = SortKeyPassesTest.items();
        assertArrayEquals(order.keyTexts(items, StyleSamples::processor, Integer.MAX_VALUE).get(0),
                order.keyTexts(items, StyleSamples::processor, CHUNK).get(0));
    }

    @Test
    void citesRenderedAloneInChunksReadAsOneProcessorRendersThem() {
        List<Reference> records = BibliographyHalvesTest.records(60);
        CSLItemData[] items = records.stream().map(ItemMapper::toItem).toArray(CSLItemData[]::new);
        String[][] styles = {{"harvard-cite-them-right", "en-GB"}, {"apa", "en-US"}, {"ieee", "en-US"},
            {"chicago-notes-bibliography", "en-US"}};
        for (String[] style : styles) {
            CslEngine engine = CslEngine.of(style[0], style[1]);
            CslEngine.Session session = engine.session(records.subList(0, 2), Markup.TEXT);
            assertEquals(session.citesAloneOf(items, engine.renderedStyle(), Integer.MAX_VALUE),
                    session.citesAloneOf(items, engine.renderedStyle(), CHUNK), style[0]);
        }
    }
}
