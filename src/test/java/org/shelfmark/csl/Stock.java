package org.shelfmark.csl;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.LocaleProvider;
import java.io.IOException;
import java.util.List;
import org.shelfmark.model.Reference;

/**
 * citeproc-java as it comes, for the tests that show what each mend mends: the references
 * registered with a plain-text processor, and no mend but the regional locale one where asked.
 */
final class Stock {

    private Stock() {
    }

    /** {@return a stock processor with the regional-locale mend, so that only the other bug shows} */
    static CSL processor(String style, String locale, List<Reference> refs) throws IOException {
        return processor(style, locale, refs, new RegionalLocaleProvider(locale));
    }

    /** {@return a processor with no mend at all} */
    static CSL unmended(String style, String locale, List<Reference> refs) throws IOException {
        return processor(style, locale, refs, new DefaultLocaleProvider());
    }

    /** {@return the bibliography entries of a processor, stripped} */
    static List<String> entries(CSL csl) {
        return List.of(csl.makeBibliography().getEntries()).stream().map(String::strip).toList();
    }

    private static CSL processor(String style, String locale, List<Reference> refs, LocaleProvider locales) throws IOException {
        CSL csl = new CSL(new ListItemDataProvider(refs.stream().map(ItemMapper::toItem).toList()), locales,
                new DefaultAbbreviationProvider(), style, locale);
        csl.setOutputFormat("text");
        csl.registerCitationItems(refs.stream().map(Reference::id).toList());
        return csl;
    }
}
