package org.shelfmark.csl;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLProperties;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.diag.InvalidDataException;
import org.shelfmark.model.CiteItem;
import org.shelfmark.model.Reference;

/**
 * Renders references with citeproc-java in one style and locale, with the mends this project
 * makes at citeproc-java's extension points.
 *
 * <p>An engine is immutable and safe to share across threads. Rendering goes through a
 * {@link Session}, which holds one citeproc-java processor for one set of references and is
 * not thread-safe: citeproc-java's processor is stateful.
 */
public final class CslEngine {

    // Engines are immutable, so one per style and locale serves every caller.
    private static final java.util.concurrent.ConcurrentMap<String, CslEngine> ENGINES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Style style;
    private final String renderedStyle; // the style as citeproc-java is given it, mended
    private final boolean eventTitle;
    private final BibliographyOrder order; // null where citeproc-java's own order stands
    private final BibliographyOrder citeOrder; // the order of cites in a cluster; null where the style sets none
    private final String ambiguousStyle; // the style with its disambiguate conditions, or null
    private final SubsequentAuthor subsequentAuthor; // null where the style substitutes nothing
    private final CiteLayout citeLayout;
    private final ShortYears shortYears;
    private final String locale;
    private final Ordinals ordinals;
    private final QuoteMarks quotes;
    private final GivenNames givenNames;
    private final InvertedNames invertedNames;
    private final ConditionAliases aliases;
    private final PageLabels pageLabels;
    private final boolean minimalTwo; // pages shortened before rendering, as citeproc-js shortens them
    private final int namesShown; // names a cite shows before "et al." where the style adds names; else 0
    private final int fewestShortened; // the fewest names the style's et-al settings shorten, where it adds names
    private final Map<Integer, String> showingNames = new java.util.concurrent.ConcurrentHashMap<>();
    // what the style's XML says, looked up once: an entry asks for some of it, and the XML is long
    private final boolean addsYearSuffix;
    private final boolean placesYearSuffix;
    private final boolean alignsSecondField;
    private final Map<String, String> localeFiles = new java.util.concurrent.ConcurrentHashMap<>();
    // each style a long list's processors are given, its macros written out (MacroCalls), by the style as mended
    private final Map<String, String> writtenOut = new java.util.concurrent.ConcurrentHashMap<>();
    // from how many entries a bibliography is rendered in two halves at once
    static final int PARALLEL_ENTRIES = 1000;
    // from how many items a processor is given its style with the macros written out: writing them
    // out costs a cold start more than a few renderings save (cite 0.445 s to 0.456 s)
    static final int WRITTEN_OUT = 1000;

    // How many items a processor holds at a time where what it renders of each item does not depend
    // on the others (the cites rendered alone, the sort keys): citeproc-java copies every item it
    // registers and keeps every cite it makes, and a long list's copies, held for a whole pass, were
    // promoted to the old generation by the young collections. In chunks, the processor cleared
    // between them: 100,000 references in a 1 GB heap 10.3 to 11.4 s to 9.3 to 10.4 s, its one
    // full collection gone (docs/performance-log.md, the seventeenth round).
    static final int CHUNK = 500;

    /**
     * Registers items with a processor so many at a time, each chunk rendered before the next is
     * registered, the processor cleared of its items and cites between them; all at once where the
     * style shows a citation number, an item's place among all the processor holds.
     *
     * @param csl      a processor holding no items yet
     * @param ids      the items' ids, in the order they are registered
     * @param styleXml the processor's style
     * @param chunk    how many items a chunk holds
     * @param markup   the processor's markup, set again after each clearing ({@code reset()} puts
     *                 citeproc-java's default back)
     * @param render   renders a chunk: given where it starts in the ids, and its ids
     */
    static void inChunks(CSL csl, String[] ids, String styleXml, int chunk, Markup markup,
            java.util.function.BiConsumer<Integer, String[]> render) {
        int size = styleXml.contains("citation-number") ? ids.length : chunk;
        for (int from = 0; from < ids.length; from += size) {
            if (from > 0) {
                csl.reset();
                csl.setOutputFormat(Formats.of(markup));
            }
            String[] part = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + size));
            csl.registerCitationItems(part);
            render.accept(from, part);
        }
    }

    /** {@return whether a list this long is worked on in two halves at once: long enough, and a second core} */
    static boolean halved(int size) {
        return size >= PARALLEL_ENTRIES && Runtime.getRuntime().availableProcessors() >= 2;
    }

    /** {@return two arrays as one, the first's items first} */
    static <T> T[] concatenated(T[] first, T[] second) {
        T[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private CslEngine(Style style, String locale) {
        this.style = style;
        this.eventTitle = EventTitle.named(style.xml());
        Rewritten rewritten = rewritten(style.xml());
        this.aliases = rewritten.aliases();
        this.pageLabels = rewritten.pageLabels();
        this.minimalTwo = rewritten.minimalTwo();
        String mended = rewritten.xml();
        mended = eventTitle ? EventTitle.rewriteStyle(mended) : mended;
        this.order = BibliographyOrder.of(mended, locale);
        this.citeOrder = BibliographyOrder.forCitations(mended, locale);
        String unsorted = order == null ? mended : order.unsortedStyle();
        this.ambiguousStyle = DisambiguateCondition.used(unsorted) ? unsorted : null;
        this.renderedStyle = ambiguousStyle == null ? unsorted : DisambiguateCondition.off(unsorted);
        this.subsequentAuthor = SubsequentAuthor.of(renderedStyle);
        org.w3c.dom.Document rendered = StyleXml.parse(renderedStyle);
        this.namesShown = AddNames.shown(rendered);
        this.fewestShortened = namesShown == 0 ? Integer.MAX_VALUE : AddNames.fewestShortened(rendered);
        this.citeLayout = CiteLayout.of(renderedStyle);
        this.shortYears = ShortYears.of(style.xml());
        this.locale = locale;
        String localeXml = new DefaultLocaleProvider().retrieveLocale(locale);
        this.ordinals = Ordinals.of(style.xml(), localeXml);
        this.quotes = QuoteMarks.of(localeXml);
        this.givenNames = GivenNames.of(style.xml());
        this.invertedNames = InvertedNames.of(style.xml());
        this.addsYearSuffix = style.addsYearSuffix();
        this.placesYearSuffix = style.placesYearSuffix();
        this.alignsSecondField = style.alignsSecondField();
    }

    /**
     * {@return an engine for a style and locale}
     *
     * @param style  a style id from the styles jar, or a path to a {@code .csl} file
     * @param locale a CSL locale tag, such as {@code en-GB}, or {@code null} for the style's
     *               default locale, else {@code en-GB}
     * @throws org.shelfmark.diag.UnknownNameException if the style or locale does not exist
     */
    public static CslEngine of(String style, String locale) {
        if (StyleCatalog.isFile(style)) {
            return create(style, locale); // a file may change between calls
        }
        return ENGINES.computeIfAbsent(style + "\u0000" + locale, k -> create(style, locale));
    }

    private record Rewritten(String xml, ConditionAliases aliases, boolean minimalTwo, PageLabels pageLabels) {
    }

    // The mends that rewrite the style, on one parse of it.
    private static Rewritten rewritten(String styleXml) {
        org.w3c.dom.Document doc = StyleXml.parse(styleXml);
        NamesDelimiter.rewrite(doc);
        DateDelimiter.rewrite(doc);
        LabelPlural.rewrite(doc);
        SubstituteNames.rewrite(doc);
        MacroGroups.rewrite(doc);
        TitleCase.rewrite(doc);
        ConditionAliases aliases = ConditionAliases.rewrite(doc);
        boolean minimalTwo = PageRanges.rewrite(doc);
        PageLabels pageLabels = PageLabels.rewrite(doc, aliases); // after the aliases: it takes one they leave
        return new Rewritten(StyleXml.serialize(doc), aliases, minimalTwo, pageLabels);
    }

    private static CslEngine create(String style, String locale) {
        Style resolved = StyleCatalog.style(style);
        String tag = locale != null ? locale : resolved.defaultLocale() != null ? resolved.defaultLocale() : "en-GB";
        StyleCatalog.checkLocale(tag);
        return new CslEngine(resolved, tag);
    }

    /**
     * {@return a whole RTF document of some entries rendered as {@link Markup#RTF}, one paragraph each}
     *
     * @param entries the entries
     */
    public static String rtfDocument(List<String> entries) {
        return HtmlToRtf.document(entries);
    }

    /** {@return the style as citeproc-java is given it, mended} */
    String renderedStyle() {
        return renderedStyle;
    }

    /** {@return the variables the style's bibliography can print, by item type} */
    public PrintedVariables printedVariables() {
        return PrintedVariables.of(style.xml());
    }

    /** {@return the style's title from its {@code <info>}, or empty when it has none} */
    public java.util.Optional<String> title() {
        java.util.regex.Matcher m = TITLE.matcher(style.xml());
        return m.find() ? java.util.Optional.of(StyleCatalog.unescape(m.group(1).strip())) : java.util.Optional.empty();
    }

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("<title>([^<]*)</title>");

    /** {@return the locale this engine renders in} */
    public String locale() {
        return locale;
    }

    /**
     * {@return a session rendering some references: a document's or a library's, all of which
     * are registered, so that year suffixes are worked out across all}
     *
     * @param all    every reference of the document or library
     * @param markup the markup to write
     */
    public Session session(List<Reference> all, Markup markup) {
        return new Session(all, markup, false);
    }

    /**
     * {@return the bibliography of the references, in the style's order, one string per entry}
     * A list of 1,000 references or more, on two cores or more, has its
     * entries begun on a daemon thread of their own as soon as their order is known.
     *
     * @param references the references
     * @param markup     the markup to write
     */
    public List<String> bibliography(List<Reference> references, Markup markup) {
        return new Session(references, markup, true).bibliography(references).stream().map(Entry::text).toList();
    }

    /**
     * {@return one citation cluster citing some references, disambiguated against all}
     *
     * @param all    every reference of the document or library
     * @param cited  the references cited, in the order given
     * @param markup the markup to write
     */
    public String citation(List<Reference> all, List<Reference> cited, Markup markup) {
        return session(all, markup).cite(cited);
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
     * One set of references, ready to render: build once, then render as often as needed. Holds
     * a processor for the bibliography and, where citations name people differently, another for
     * citations.
     */
    public final class Session {
        private final CSL bibliography;
        private final CSLItemData[] bibliographyItems; // as the bibliography's processor has them
        private final boolean citationsShared; // the bibliography's processor serves citations too
        private CSL citations; // made when a cite first needs it: a bibliography needs none
        private CSL ambiguousCitations; // for cites that still read alike; made when first needed
        private final java.util.Set<String> ambiguous;
        private final Map<String, Integer> namesNeeded; // items cited with more names than the style shows
        private final Map<Integer, CSL> namedCitations; // a processor for each number of names needed (negative: and the disambiguate branch)
        private final Map<String, String> repeatedNames;
        private final CSLItemData[] citedItems;
        private CSL authorMarked; // made when first needed
        private final Markup markup;
        private final Map<String, String> suffixes;
        private final Map<String, Integer> years = new java.util.HashMap<>();
        private java.util.Comparator<String> citeOrderOfIds; // made at the first cluster that needs it
        private final CSLItemData[] unsortedItems; // what the cite order is worked out from
        private final Set<String> otherLanguages; // items whose titles citeproc-js leaves in their own case
        private SharedEntries earlyEntries; // a long list's entries begun while its cites are told apart; null once taken

        // allEntries: made for the entries of all the references, which a long list begins as soon
        // as their order is known
        private Session(List<Reference> all, Markup markup, boolean allEntries) {
            this.markup = markup;
            CSLItemData[] items = mapped(all);
            this.otherLanguages = Arrays.stream(items).filter(i -> !english(i.getLanguage())).map(CSLItemData::getId)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            this.unsortedItems = items;
            // each item's cite as the style renders it, worked out once for the steps that need it
            // (year suffixes from it too, where the items are registered in their order: no citation-number sort)
            boolean suffixesFromCites = addsYearSuffix && order != null;
            boolean citesNeeded = givenNames.needsCites() || namesShown != 0 || ambiguousStyle != null || suffixesFromCites;
            // a cite that shows no citation number reads the same whatever the order: rendered while the order is worked out
            CSLItemData[] unsorted = items;
            java.util.concurrent.CompletableFuture<Map<String, String>> early = citesNeeded && order != null
                    && !renderedStyle.contains("citation-number")
                    ? begun("shelfmark-cites", () -> citesAloneOf(unsorted, renderedStyle)) : null;
            if (order != null) {
                items = order.sort(items, (i, keyStyle) -> processor(i, Markup.TEXT, keyStyle));
            }
            CSLItemData[] sorted = items;
            CSLItemData[] listed = invertedNames.apply(items);
            this.earlyEntries = allEntries && halved(listed.length)
                    ? SharedEntries.start(listed, provider -> registered(provider, listed, markup, renderedStyle)) : null;
            Map<String, String> citesOfItems = early == null ? null : inOrder(joined(early), sorted);
            CSLItemData[] cited = givenNames.expand(items, i -> citesOfItems != null ? citesOfItems : citesAlone(i));
            Map<String, String> moreNames = new java.util.HashMap<>();
            Map<String, String> alone = !citesNeeded ? Map.of()
                    : cited == sorted && citesOfItems != null ? citesOfItems
                    : citesOfItems != null ? withCitesOfExpanded(citesOfItems, sorted, cited) : citesAlone(cited);
            this.namesNeeded = namesShown == 0 ? Map.of() : namesNeeded(cited, alone, moreNames);
            this.suffixes = !addsYearSuffix ? Map.of()
                    : suffixesFromCites ? YearSuffixes.of(Arrays.stream(cited).map(CSLItemData::getId).toList(), withNames(alone, moreNames))
                    : YearSuffixes.of(cited, i -> processor(i, Markup.TEXT), moreNames);
            this.bibliographyItems = YearSuffixes.apply(listed, suffixes);
            if (earlyEntries != null) {
                earlyEntries.suffixed(bibliographyItems, suffixes.keySet());
            }
            // disambiguate="true" is the last resort: for cites that names and year suffixes leave alike
            this.ambiguous = ambiguousStyle == null ? java.util.Set.of()
                    : stillAlike(withNames(alone, moreNames)).stream().filter(id -> !suffixes.containsKey(id))
                            .collect(java.util.stream.Collectors.toUnmodifiableSet());
            for (CSLItemData i : items) {
                if (i.getIssued() != null && i.getIssued().getDateParts() != null && i.getIssued().getDateParts().length > 0) {
                    years.put(i.getId(), i.getIssued().getDateParts()[0][0]);
                }
            }
            this.bibliography = registered(bibliographyItems, markup);
            this.repeatedNames = subsequentAuthor == null ? Map.of()
                    : subsequentAuthor.repeatedNames(bibliographyItems, (i, st) -> processor(i, markup, st));
            // one processor serves both when bibliography and citations see the same names
            this.citationsShared = cited == listed;
            this.citedItems = YearSuffixes.apply(cited, suffixes);
            this.namedCitations = new java.util.HashMap<>();
        }

        // Each item as citeproc-java has it, mended as the style needs: each item alone, so a long
        // list in two halves at once.
        private CSLItemData[] mapped(List<Reference> all) {
            if (!halved(all.size())) {
                return mapped(all, 0, all.size());
            }
            List<CSLItemData[]> halves = inHalves(all.size(), (from, to) -> mapped(all, from, to));
            return concatenated(halves.get(0), halves.get(1));
        }

        private CSLItemData[] mapped(List<Reference> all, int from, int to) {
            CSLItemData[] items = all.subList(from, to).stream().map(ItemMapper::toItem).toArray(CSLItemData[]::new);
            items = QuoteMarks.markItems(ordinals.apply(eventTitle ? EventTitle.asEvent(items) : items));
            items = shortYears.apply(items);
            return pageLabels.apply(aliases.apply(minimalTwo ? PageRanges.minimalTwo(items) : items));
        }

        // The cites once given names are expanded: only the items whose names changed are rendered
        // again. Every cite is rendered alone, and shows no citation number where citesOfItems is
        // made, so it does not depend on which other items the processor has.
        private Map<String, String> withCitesOfExpanded(Map<String, String> citesOfItems, CSLItemData[] before,
                CSLItemData[] after) {
            CSLItemData[] changed = IntStream.range(0, after.length).filter(i -> after[i] != before[i])
                    .mapToObj(i -> after[i]).toArray(CSLItemData[]::new);
            Map<String, String> cites = new java.util.LinkedHashMap<>(citesOfItems);
            cites.putAll(citesAlone(changed));
            return cites;
        }

        // the order of cites in a cluster, by the style's citation sort keys: worked out for every
        // item once, when a cluster of more than one cite first needs it
        private java.util.Comparator<String> citeOrderOfIds() {
            if (citeOrderOfIds == null) {
                citeOrderOfIds = citeOrder.comparator(unsortedItems, (i, keyStyle) -> processor(i, Markup.TEXT, keyStyle));
            }
            return citeOrderOfIds;
        }

        // disambiguate-add-names: how many names each cite that reads like another needs, and
        // (into moreNames) the cite it then reads
        private Map<String, Integer> namesNeeded(CSLItemData[] cited, Map<String, String> alone, Map<String, String> moreNames) {
            int most = Arrays.stream(cited).mapToInt(i -> Math.max(i.getAuthor() == null ? 0 : i.getAuthor().length,
                    i.getEditor() == null ? 0 : i.getEditor().length)).max().orElse(0);
            Map<Integer, Map<String, String>> citesWith = new java.util.HashMap<>();
            // only cites that read like another's are rendered again with more names, unless a
            // cite shows its citation number, which depends on every item registered
            boolean numbered = renderedStyle.contains("citation-number");
            CSLItemData[] alike = numbered ? cited : alike(cited, alone);
            // of those, a cite with no list of names et-al shortens reads as it does alone
            CSLItemData[] shortened = numbered ? cited
                    : Arrays.stream(alike).filter(i -> AddNames.hasNames(i, fewestShortened)).toArray(CSLItemData[]::new);
            Map<String, Integer> needed = AddNames.levels(alone, namesShown, most,
                    n -> citesWith.computeIfAbsent(n, k -> shortened.length == 0 ? alone : withNames(alone, citesAlone(shortened, named(k)))));
            needed.forEach((id, n) -> moreNames.put(id, citesWith.get(n).get(id)));
            return needed;
        }

        private static Map<String, String> inOrder(Map<String, String> citeOf, CSLItemData[] items) {
            Map<String, String> ordered = new java.util.LinkedHashMap<>();
            for (CSLItemData i : items) {
                ordered.put(i.getId(), citeOf.get(i.getId()));
            }
            return ordered;
        }

        private static CSLItemData[] alike(CSLItemData[] items, Map<String, String> citeOf) {
            java.util.Set<String> ids = stillAlike(citeOf);
            return Arrays.stream(items).filter(i -> ids.contains(i.getId())).toArray(CSLItemData[]::new);
        }

        private static Map<String, String> withNames(Map<String, String> cites, Map<String, String> moreNames) {
            Map<String, String> merged = new java.util.LinkedHashMap<>(cites);
            merged.putAll(moreNames);
            return merged;
        }

        private static java.util.Set<String> stillAlike(Map<String, String> citeOf) {
            Map<String, List<String>> byCite = new java.util.HashMap<>();
            citeOf.forEach((id, cite) -> byCite.computeIfAbsent(cite, k -> new java.util.ArrayList<>()).add(id));
            java.util.Set<String> ids = new java.util.HashSet<>();
            byCite.values().stream().filter(g -> g.size() > 1).forEach(ids::addAll);
            return ids;
        }

        private CSL registered(CSLItemData[] items, Markup markup) {
            return registered(items, markup, renderedStyle);
        }

        private CSL registered(CSLItemData[] items, Markup markup, String styleXml) {
            return registered(new ListItemDataProvider(items), items, markup, styleXml);
        }

        // a processor of the items a provider has, registered in their order
        private CSL registered(ListItemDataProvider provider, CSLItemData[] items, Markup markup, String styleXml) {
            CSL csl = processor(provider, markup, styleXml);
            csl.registerCitationItems(Arrays.stream(items).map(CSLItemData::getId).toArray(String[]::new));
            return csl;
        }

        private Map<String, String> citesAlone(CSLItemData[] items) {
            return citesAlone(items, renderedStyle);
        }

        // A cite rendered alone depends on its item and on the items registered only through its
        // citation number: without one, a long list's cites are rendered in two halves at once,
        // each by a processor of its own. Not while the list's entries are begun on the other core
        // (SharedEntries): a second half would only take the core from them, and cost a processor
        // (10,000 references, ab.sh 21: 1.956 s to 1.928 s, 1.750 s to 1.590 s).
        Map<String, String> citesAlone(CSLItemData[] items, String styleXml) {
            if (!halved(items.length) || styleXml.contains("citation-number") || earlyEntries != null) {
                return citesAloneOf(items, styleXml);
            }
            List<Map<String, String>> halves = inHalves(items.length,
                    (from, to) -> citesAloneOf(Arrays.copyOfRange(items, from, to), styleXml));
            Map<String, String> cites = new java.util.LinkedHashMap<>(halves.get(0));
            cites.putAll(halves.get(1));
            return cites;
        }

        Map<String, String> citesAloneOf(CSLItemData[] items, String styleXml) {
            return citesAloneOf(items, styleXml, CHUNK);
        }

        // the processor holding so many items at a time (inChunks)
        Map<String, String> citesAloneOf(CSLItemData[] items, String styleXml, int chunk) {
            CSL csl = processor(items, Markup.TEXT, styleXml);
            Map<String, String> cites = new java.util.LinkedHashMap<>();
            String[] ids = Arrays.stream(items).map(CSLItemData::getId).toArray(String[]::new);
            inChunks(csl, ids, styleXml, chunk, Markup.TEXT, (from, part) -> {
                for (String id : part) {
                    cites.put(id, TitleCase.resolve(csl.makeCitation(id).get(0).getText(), true));
                }
            });
            return cites;
        }

        /**
         * {@return the entries of some of the session's references, with their ids, in the style's order}
         *
         * @param selected the references whose entries are wanted
         */
        public List<Entry> bibliography(List<Reference> selected) {
            Set<String> wanted = Set.of(ids(selected));
            // citeproc-java keeps registered items in bibliography order, and skips empty entries
            List<String> order = bibliography.getRegisteredItems().stream().map(CSLItemData::getId)
                    .filter(wanted::contains).toList();
            String[] texts = entries(wanted, order);
            if (texts == null || order.size() != texts.length) {
                return order.stream().map(id -> new Entry(id, alone(id))).filter(e -> !e.text().isEmpty()).toList();
            }
            // each entry finished alone: a long list's in two halves at once
            Entry[] entries = new Entry[texts.length];
            if (!halved(texts.length)) {
                finishEntries(texts, order, 0, texts.length, entries);
            } else {
                inHalves(texts.length, (from, to) -> finishEntries(texts, order, from, to, entries));
            }
            return List.of(entries);
        }

        private Void finishEntries(String[] texts, List<String> ids, int from, int to, Entry[] out) {
            for (int i = from; i < to; i++) {
                out[i] = new Entry(ids.get(i), substituted(ids.get(i), finishEntry(texts[i], ids.get(i))));
            }
            return null;
        }

        // A long list's entries are rendered in two halves side by side, the second by a processor of
        // its own with every item registered as the first has them: an entry depends on its item and
        // on the registered items, never on the entry before it (the subsequent-author mend comes after).
        // Where the session was made for all the entries, they were begun early (SharedEntries), and
        // this processor joins in.
        private String[] entries(Set<String> wanted, List<String> order) {
            SharedEntries begun = earlyEntries;
            earlyEntries = null;
            if (begun != null && begun.covers(order)) {
                return begun.rest(bibliography);
            }
            if (begun != null) {
                begun.stop();
            }
            if (!halved(order.size())) {
                return bibliography.makeBibliography(item -> wanted.contains(item.getId())).getEntries();
            }
            Set<String> first = new java.util.HashSet<>(order.subList(0, order.size() / 2));
            java.util.concurrent.CompletableFuture<String[]> second = begun("shelfmark-second-half",
                    () -> registered(bibliographyItems, markup).makeBibliography(
                            item -> wanted.contains(item.getId()) && !first.contains(item.getId())).getEntries());
            String[] a = bibliography.makeBibliography(item -> first.contains(item.getId())).getEntries();
            return concatenated(a, joined(second));
        }

        /**
         * {@return one citation cluster}
         *
         * @param cited the references cited, in the order given; each must be one of the session's
         */
        public String cite(List<Reference> cited) {
            return citeItems(cited.stream().map(r -> CiteItem.of(r.id())).toList());
        }

        /**
         * {@return one citation cluster, with locators, prefixes and suffixes, and authors left out
         * or in the running text as each item asks}
         *
         * @param items the cites, in the order given; each must name one of the session's references
         */
        public String citeItems(List<CiteItem> given) {
            // in the style's order, worked out as citeproc-js does; equal keys keep the order given
            List<CiteItem> items = citeOrder == null || given.size() < 2 ? given
                    : given.stream().sorted((a, b) -> citeOrderOfIds().compare(a.id(), b.id())).toList();
            List<String> ids = items.stream().map(CiteItem::id).toList();
            String cluster = mixed(ids) ? citeLayout.wrap(items.stream().map(i -> citeLayout.inner(single(i)))
                    .collect(java.util.stream.Collectors.joining(citeLayout.delimiter()))) : render(items, processorFor(ids));
            if (citeLayout.collapsesNumbers() && items.size() > 2) {
                cluster = Clusters.collapseNumbers(cluster, citeLayout);
            }
            boolean plain = items.stream().allMatch(i -> i.prefix() == null && i.suffix() == null && i.mode() == CiteItem.Mode.NORMAL);
            if (plain && !(citeLayout.collapses() && items.size() > 1)) {
                return finish(cluster, ids);
            }
            return finish(Clusters.assemble(items, cluster, citeLayout, this::single, this::withoutAuthor, escaper()), ids);
        }

        // Cites that read alike are rendered with what tells them apart; the others are not.
        private boolean mixed(List<String> ids) {
            return ids.stream().map(this::processorOf).distinct().count() > 1;
        }

        private CSL processorFor(List<String> ids) {
            return processorOf(ids.get(0));
        }

        private CSL processorOf(String id) {
            Integer names = namesNeeded.get(id);
            if (ambiguous.contains(id)) {
                return names == null ? ambiguousCitations()
                        : namedCitations.computeIfAbsent(-names, n -> registered(citedItems, markup, AddNames.showing(ambiguousStyle, names)));
            }
            return names == null ? citations() : namedCitations.computeIfAbsent(names, n -> registered(citedItems, markup, named(n)));
        }

        // the processors for citations, each made when a cite first needs it (and kept, so that
        // cites alike share one)
        private CSL citations() {
            if (citationsShared) {
                return bibliography;
            }
            if (citations == null) {
                citations = registered(citedItems, markup);
            }
            return citations;
        }

        private CSL ambiguousCitations() {
            if (ambiguousCitations == null) {
                ambiguousCitations = registered(citedItems, markup, ambiguousStyle);
            }
            return ambiguousCitations;
        }

        private String single(CiteItem item) {
            return render(List.of(item), processorFor(List.of(item.id())));
        }

        // The cite rendered with the author replaced by a mark, to find where the author stands.
        private String withoutAuthor(CiteItem item) {
            if (authorMarked == null) {
                authorMarked = registered(Clusters.markAuthors(citedItems), markup, renderedStyle);
            }
            return render(List.of(item), authorMarked);
        }

        // Words a writer adds are text: escaped for the markups rendered from HTML or as XML.
        private java.util.function.UnaryOperator<String> escaper() {
            return markup == Markup.TEXT || markup == Markup.ASCIIDOC ? t -> t
                    : t -> t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        private String render(List<CiteItem> items, CSL csl) {
            CSLCitationItem[] cslItems = items.stream().map(i -> {
                CSLCitationItemBuilder b = new CSLCitationItemBuilder(i.id());
                if (i.locator() != null) {
                    b.locator(i.locator()).label(CSLLabel.fromString(i.label().cslName()));
                }
                return b.build();
            }).toArray(CSLCitationItem[]::new);
            CSLProperties keepOrder = new CSLProperties(null, citeOrder != null);
            return csl.makeCitation(new CSLCitation(cslItems, null, keepOrder)).get(0).getText();
        }

        private String substituted(String id, String entry) {
            String names = repeatedNames.get(id);
            return names == null ? entry : subsequentAuthor.substitute(entry, finishNames(names, id));
        }

        private String finishNames(String names, String id) {
            String resolved = TitleCase.resolve(quotes.resolve(names), !otherLanguages.contains(id));
            return switch (markup) {
                case MARKDOWN -> HtmlToMarkdown.convert(resolved);
                case RTF -> HtmlToRtf.convert(resolved);
                default -> resolved.strip();
            };
        }

        private String alone(String id) {
            String[] one = bibliography.makeBibliography(item -> item.getId().equals(id)).getEntries();
            return one.length == 0 ? "" : finishEntry(one[0], id);
        }

        // The citation number is set apart in entries only, never in cites.
        private String finishEntry(String text, String id) {
            String entry = finish(text, List.of(id));
            return markup == Markup.TEXT && alignsSecondField ? LabelSpacing.apply(entry) : entry;
        }

        private String finish(String text, List<String> ids) {
            String rendered = TitleCase.resolve(quotes.resolve(shortYears.active() ? ShortYears.removeEra(text) : text),
                    ids.stream().anyMatch(id -> !otherLanguages.contains(id)));
            if (!suffixes.isEmpty() && !placesYearSuffix) {
                rendered = YearSuffixes.placeAfterYear(rendered, years, suffixes, ids);
            }
            return switch (markup) {
                case TEXT -> rendered.strip();
                // citeproc-java spreads an aligned entry over lines; one entry is one line
                case HTML -> rendered.strip().replaceAll(">\\s*\n\\s*<", "><");
                case MARKDOWN -> HtmlToMarkdown.convert(rendered);
                case RTF -> HtmlToRtf.convert(rendered);
                case ASCIIDOC, FO -> rendered.strip();
            };
        }
    }

    /**
     * {@return what each task gives, in order: the first run on this thread, the others each on a
     * thread of its own meanwhile ({@link #begun})}
     */
    static <T> List<T> inParallel(List<java.util.function.Supplier<T>> tasks) {
        if (tasks.size() < 2) {
            return tasks.stream().map(java.util.function.Supplier::get).toList();
        }
        List<java.util.concurrent.CompletableFuture<T>> others = tasks.subList(1, tasks.size()).stream()
                .map(task -> begun("shelfmark-part", task)).toList();
        List<T> results = new java.util.ArrayList<>(tasks.size());
        results.add(tasks.get(0).get());
        others.forEach(f -> results.add(joined(f)));
        return results;
    }

    /**
     * {@return what some work gave for the first half of a range and for the second, the halves
     * worked on at once ({@link #inParallel})}
     *
     * @param size how many there are
     * @param part the work for the range from (inclusive) to (exclusive)
     */
    static <T> List<T> inHalves(int size, java.util.function.BiFunction<Integer, Integer, T> part) {
        int half = size / 2;
        return inParallel(List.<java.util.function.Supplier<T>>of(() -> part.apply(0, half), () -> part.apply(half, size)));
    }

    /**
     * {@return some work, begun at once on a daemon thread of its own} Not on the common pool, as
     * {@code CompletableFuture.supplyAsync} would put it wherever that pool has more than one
     * thread (on Java 25, on two cores too): a caller's work may hold every thread of it, a
     * formatter being made on another thread among them, and the engine waiting for its own work
     * would then wait for good ({@code CommonPoolTest}). On two cores Java 17 starts a thread for
     * each such task too.
     *
     * @param name the thread's name
     * @param work what it does
     */
    static <T> java.util.concurrent.CompletableFuture<T> begun(String name, java.util.function.Supplier<T> work) {
        return java.util.concurrent.CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** {@return what a task of another thread gave, or its failure as it was thrown} */
    static <T> T joined(java.util.concurrent.CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private CSL processor(CSLItemData[] items, Markup markup) {
        return processor(items, markup, renderedStyle);
    }

    private CSL processor(CSLItemData[] items, Markup markup, String styleXml) {
        return processor(new ListItemDataProvider(items), markup, styleXml);
    }

    private CSL processor(ListItemDataProvider items, Markup markup, String styleXml) {
        try {
            String given = items.getIds().size() >= WRITTEN_OUT ? writtenOut(styleXml) : styleXml;
            CSL csl = new CSL(items, this::localeXml, new DefaultAbbreviationProvider(), given, locale);
            csl.setOutputFormat(Formats.of(markup));
            return csl;
        } catch (IOException | RuntimeException e) {
            throw new InvalidDataException(List.of(Diagnostic.error(style.name(), 0, 0,
                    "the style cannot be used: " + e.getMessage())));
        }
    }

    // A style as the processors of this engine for many items are given it, its macros written out
    // where they are called (MacroCalls), made once: the mends that read a style read it with its
    // calls
    private String writtenOut(String styleXml) {
        return writtenOut.computeIfAbsent(styleXml, MacroCalls::rewrite);
    }

    // A locale file as every processor of this engine is given it, mended once: a session makes
    // several processors, and each asks for the locale again. A primary dialect declined
    // (RegionalLocaleProvider) is declined at every ask, as the exception is not kept.
    private String localeXml(String lang) {
        return localeFiles.computeIfAbsent(lang, l -> {
            String xml = pageLabels.locale(QuoteMarks.markLocale(new RegionalLocaleProvider(locale).retrieveLocale(l)));
            return shortYears.active() ? ShortYears.withoutEra(xml) : xml;
        });
    }

    // the style with its cites showing so many names before "et al.", made once
    private String named(int names) {
        return showingNames.computeIfAbsent(names, n -> AddNames.showing(renderedStyle, n));
    }

    // citeproc-js takes the language of an item, else of the engine, from its first two letters
    private boolean english(String language) {
        String tag = language != null ? language : locale;
        return tag.length() >= 2 && tag.substring(0, 2).equalsIgnoreCase("en");
    }

    private static String[] ids(List<Reference> references) {
        return references.stream().map(Reference::id).toArray(String[]::new);
    }
}
