package org.shelfmark.csl;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Styles of the styles jar sampled for the tests that render with both sides of a mend, and a processor to render them. */
final class StyleSamples {

    private StyleSamples() {
    }

    /**
     * {@return Cite Them Right, APA and every so manyth style of the jar, each style once
     * (dependent styles share their parent's)}
     *
     * @param every how many styles apart the sampled ones are, in the order of their ids
     */
    static List<String> every(int every) throws IOException {
        List<String> ids = StyleCatalog.styleIds().stream().sorted().toList();
        Set<String> xmls = new LinkedHashSet<>();
        xmls.add(StyleCatalog.style("harvard-cite-them-right").xml());
        xmls.add(StyleCatalog.style("apa").xml());
        for (int i = 0; i < ids.size(); i += every) {
            xmls.add(StyleCatalog.style(ids.get(i)).xml());
        }
        return new ArrayList<>(xmls);
    }

    /** {@return a plain-text processor of a style for some items, in en-US, with the project's output format} */
    static CSL processor(CSLItemData[] items, String styleXml) {
        try {
            CSL csl = new CSL(new ListItemDataProvider(items), new RegionalLocaleProvider("en-US"),
                    new DefaultAbbreviationProvider(), styleXml, "en-US");
            csl.setOutputFormat(Formats.of(Markup.TEXT));
            return csl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
