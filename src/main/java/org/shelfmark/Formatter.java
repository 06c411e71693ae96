package org.shelfmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shelfmark.csl.CslEngine;
import org.shelfmark.csl.Markup;
import org.shelfmark.diag.UnknownNameException;
import org.shelfmark.model.CiteItem;
import org.shelfmark.model.Library;
import org.shelfmark.model.Reference;

/**
 * Renders references in one CSL style and locale. Get one from {@link Shelfmark#formatter()}
 * or {@link Shelfmark#formatter(String, String)}.
 *
 * <p>A formatter is immutable and safe to share across threads.
 */
public final class Formatter {

    private final CslEngine engine;
    private final String style;

    Formatter(String style, String locale) {
        this.engine = CslEngine.of(style, locale);
        this.style = style;
    }

    /** {@return the style, as it was named} */
    public String style() {
        return style;
    }

    /** {@return the locale} */
    public String locale() {
        return engine.locale();
    }

    /**
     * {@return the bibliography of some references: one entry each, in the style's order}
     *
     * @param references the references
     * @param format     the markup to write
     */
    public List<String> bibliography(List<Reference> references, OutputFormat format) {
        return engine.bibliography(references, markup(format));
    }

    /**
     * {@return the entries of some records of a library as they read in the library's whole
     * bibliography, in the style's order: a year suffix such as {@code 2022b} is kept}
     *
     * @param library the library
     * @param ids     the records' ids
     * @param format  the markup to write
     * @throws UnknownNameException if an id is not in the library
     */
    public List<String> bibliography(Library library, List<String> ids, OutputFormat format) {
        List<Reference> selected = ids.stream().map(id -> Shelfmark.find(library, id)).toList();
        return engine.session(library.references(), markup(format)).bibliography(selected).stream()
                .map(CslEngine.Entry::text).toList();
    }

    /**
     * {@return every record's entry in a library's bibliography, by id, in the style's order}
     *
     * @param library the library
     * @param format  the markup to write
     */
    public Map<String, String> entries(Library library, OutputFormat format) {
        Map<String, String> entries = new LinkedHashMap<>();
        engine.session(library.references(), markup(format)).bibliography(library.references())
                .forEach(e -> entries.put(e.id(), e.text()));
        return entries;
    }

    /** {@return the variables the style's bibliography can print, by item type} */
    org.shelfmark.csl.PrintedVariables printedVariables() {
        return engine.printedVariables();
    }

    /** {@return the style's title, such as "Cite Them Right 12th edition - Harvard", or its name when it has none} */
    public String styleTitle() {
        return engine.title().orElse(style);
    }

    /**
     * {@return the bibliography entry of one reference on its own, as plain text}
     *
     * @param reference the reference
     */
    public String reference(Reference reference) {
        return reference(reference, OutputFormat.TEXT);
    }

    /**
     * {@return the bibliography entry of one reference on its own}
     *
     * @param reference the reference
     * @param format    the markup to write
     */
    public String reference(Reference reference, OutputFormat format) {
        return bibliography(List.of(reference), format).get(0);
    }

    /**
     * {@return one citation cluster, such as {@code (Evans, 2022; West, 2021)}, citing records
     * of a library; the whole library is registered so that citations are disambiguated against it}
     *
     * @param library the library the records belong to
     * @param ids     the ids of the records cited, in order
     * @param format  the markup to write
     * @throws UnknownNameException if an id is not in the library
     */
    public String cite(Library library, List<String> ids, OutputFormat format) {
        return citations(library, List.of(ids.stream().map(CiteItem::of).toList()), format).get(0);
    }

    /**
     * {@return citation clusters in document order, one string each: cites with locators,
     * prefixes and suffixes, authors left out or in the running text ({@code West (2021)}),
     * disambiguated against the whole library}
     *
     * @param library  the library the records belong to
     * @param clusters the clusters, each a list of cites in the order written
     * @param format   the markup to write
     * @throws UnknownNameException if a cite names a record not in the library
     */
    public List<String> citations(Library library, List<List<CiteItem>> clusters, OutputFormat format) {
        clusters.forEach(c -> c.forEach(item -> Shelfmark.find(library, item.id())));
        CslEngine.Session session = engine.session(library.references(), markup(format));
        return clusters.stream().map(session::citeItems).toList();
    }

    /**
     * {@return a whole RTF document of entries rendered in {@link OutputFormat#RTF}, one paragraph each}
     *
     * @param entries the entries
     */
    public static String rtfDocument(List<String> entries) {
        return CslEngine.rtfDocument(entries);
    }

    private static Markup markup(OutputFormat format) {
        return Markup.valueOf(format.name());
    }
}
