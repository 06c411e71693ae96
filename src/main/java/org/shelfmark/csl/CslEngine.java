package org.shelfmark.csl;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.diag.InvalidDataException;
import org.shelfmark.model.Reference;

/**
 * Renders references with citeproc-java in one style and locale, with the mends this project
 * makes at citeproc-java's extension points.
 *
 * <p>Instances are immutable and safe to share across threads: every call builds its own
 * citeproc-java processor, which is stateful and not thread-safe.
 */
public final class CslEngine {

    private final Style style;
    private final String locale;

    private CslEngine(Style style, String locale) {
        this.style = style;
        this.locale = locale;
    }

    /**
     * {@return an engine for a style and locale}
     *
     * @param style  a style id from the styles jar, or a path to a {@code .csl} file
     * @param locale a CSL locale tag, such as {@code en-GB}
     * @throws org.shelfmark.diag.UnknownNameException if the style or locale does not exist
     */
    public static CslEngine of(String style, String locale) {
        Style resolved = StyleCatalog.style(style);
        StyleCatalog.checkLocale(locale);
        return new CslEngine(resolved, locale);
    }

    /** {@return the locale this engine renders in} */
    public String locale() {
        return locale;
    }

    /**
     * {@return the bibliography entries of the references, in the style's order, one string each}
     *
     * @param references the references
     * @param markup     the markup to write
     */
    public List<String> bibliography(List<Reference> references, Markup markup) {
        return bibliography(references, references, markup);
    }

    /**
     * {@return the bibliography entries of some references as they read in the bibliography of
     * all: year suffixes are worked out across all}
     *
     * @param all      every reference of the document or library
     * @param selected the references whose entries are wanted
     * @param markup   the markup to write
     */
    public List<String> bibliography(List<Reference> all, List<Reference> selected, Markup markup) {
        return entries(all, selected, markup).stream().map(Entry::text).toList();
    }

    /**
     * One bibliography entry and the record it renders.
     *
     * @param id   the record's id
     * @param text the entry
     */
    public record Entry(String id, String text) {
    }

    /**
     * {@return the bibliography entries of some references, each with its record's id, in the
     * style's order, as they read in the bibliography of all}
     *
     * @param all      every reference of the document or library
     * @param selected the references whose entries are wanted
     * @param markup   the markup to write
     */
    public List<Entry> entries(List<Reference> all, List<Reference> selected, Markup markup) {
        CSL csl = processor(all, markup);
        csl.registerCitationItems(ids(all));
        Set<String> wanted = Set.of(ids(selected));
        String[] texts = csl.makeBibliography(item -> wanted.contains(item.getId())).getEntries();
        // citeproc-java keeps registered items in bibliography order, and skips empty entries
        List<String> order = csl.getRegisteredItems().stream().map(CSLItemData::getId).filter(wanted::contains).toList();
        if (order.size() != texts.length) {
            return order.stream().map(id -> new Entry(id, entryAlone(csl, id, markup))).filter(e -> !e.text().isEmpty()).toList();
        }
        return java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> new Entry(order.get(i), finish(texts[i], markup))).toList();
    }

    private static String entryAlone(CSL csl, String id, Markup markup) {
        String[] one = csl.makeBibliography(item -> item.getId().equals(id)).getEntries();
        return one.length == 0 ? "" : finish(one[0], markup);
    }

    /**
     * {@return one citation cluster citing some references, disambiguated against all}
     *
     * @param all   every reference of the document or library
     * @param cited the references cited, in the order given
     * @param markup the markup to write
     */
    public String citation(List<Reference> all, List<Reference> cited, Markup markup) {
        CSL csl = processor(all, markup);
        csl.registerCitationItems(ids(all));
        return finish(csl.makeCitation(ids(cited)).get(0).getText(), markup);
    }

    private CSL processor(List<Reference> references, Markup markup) {
        CSLItemData[] items = references.stream().map(ItemMapper::toItem).toArray(CSLItemData[]::new);
        if (style.addsYearSuffix()) {
            items = YearSuffixes.assign(items, i -> processor(i, Markup.TEXT));
        }
        return processor(items, markup);
    }

    private CSL processor(CSLItemData[] items, Markup markup) {
        try {
            CSL csl = new CSL(new ListItemDataProvider(items), new RegionalLocaleProvider(locale),
                    new DefaultAbbreviationProvider(), style.xml(), locale);
            csl.setOutputFormat(markup == Markup.TEXT ? "text" : "html");
            return csl;
        } catch (IOException | RuntimeException e) {
            throw new InvalidDataException(List.of(Diagnostic.error(style.name(), 0, 0,
                    "the style cannot be used: " + e.getMessage())));
        }
    }

    private static String[] ids(List<Reference> references) {
        return references.stream().map(Reference::id).toArray(String[]::new);
    }

    private static String finish(String rendered, Markup markup) {
        return switch (markup) {
            case TEXT, HTML -> rendered.strip();
            case MARKDOWN -> HtmlToMarkdown.convert(rendered);
        };
    }
}
