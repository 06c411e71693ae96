package org.shelfmark.csl;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Mends citeproc-java 3.5.2's bibliography order: it compares sort keys as rendered for display
 * ({@code van den Berg} sorts under V, {@code ‘Compassion’} after Z, {@code Łukasiewicz} after Z,
 * dates as words) and re-sorts the whole list on every item registered, at a cost that grows
 * with the square of the list.
 *
 * <p>The mend sorts as CSL 1.0.2 and citeproc-js do: names in sort order with particles demoted
 * as the style says, dates as {@code YYYYMMDD}, quotation marks ignored, text compared with the
 * locale's collator, empty keys last. citeproc-java renders each macro key from a derived style;
 * the style it renders the bibliography with has no {@code <sort>}, and the items are registered
 * in the mended order, which citeproc-java then keeps. Styles whose order follows the citation
 * number are left alone.
 */
final class BibliographyOrder {

    private static final String CSL_NS = "http://purl.org/net/xbiblio/csl";
    private static final String MARK = "\u00A7";
    // between the keys of one pass: a noncharacter, which a key holds only where its item does
    private static final String SEPARATOR = "\uFDD0";

    /** One sort key: a variable or a macro, ascending or descending. */
    private record Key(String variable, String macro, boolean descending, String namesMin, String namesUseFirst) {

        // the key's own et-al settings make another rendering of its macro
        String styleKey() {
            return macro + "\u0000" + namesMin + "\u0000" + namesUseFirst;
        }
    }

    /** The style that renders some macro keys side by side, and the initials its items are given first, if any. */
    private record KeyStyle(String xml, Initials initials) {

        CSLItemData[] items(CSLItemData[] view) {
            return initials == null ? view : initials.apply(view);
        }
    }

    /**
     * Macro keys rendered in one pass over the items: one entry an item, the keys in it one after
     * another with a separator between them (most of a pass's cost is citeproc-java's work for
     * each entry, whatever the entry holds: in a profile, Cite Them Right's year key, a year, took
     * 107 of its two passes' 279 samples).
     */
    private record Pass(List<Key> keys, KeyStyle style) {
    }

    private final List<Key> keys;
    private final List<Pass> passes;
    // each key's own style, for the entries that hold the separator themselves: made when first needed
    private final java.util.function.Function<Key, KeyStyle> alone;
    private final String unsortedStyle;
    private final boolean demoteForSort;
    private final Collator collator;
    private final Locale locale;

    private BibliographyOrder(List<Key> keys, List<Pass> passes, java.util.function.Function<Key, KeyStyle> alone,
            String unsortedStyle, boolean demoteForSort, Collator collator, Locale locale) {
        this.keys = keys;
        this.passes = passes;
        this.alone = alone;
        this.unsortedStyle = unsortedStyle;
        this.demoteForSort = demoteForSort;
        this.collator = collator;
        this.locale = locale;
    }

    /** {@return the mend for a style's bibliography, or null where its order is the citation number's or it has none} */
    static BibliographyOrder of(String styleXml, String locale) {
        return of(styleXml, locale, "bibliography");
    }

    /**
     * {@return the same mend for the order of cites within a cluster, or null where the style sets none}
     * citeproc-java sorts cites by keys that already hold year suffixes and expanded names;
     * citeproc-js, by the names and dates as they are.
     */
    static BibliographyOrder forCitations(String styleXml, String locale) {
        return of(styleXml, locale, "citation");
    }

    private static BibliographyOrder of(String styleXml, String locale, String element) {
        return of(styleXml, locale, element, true);
    }

    /**
     * {@return the mend, its keys' given names made initials before they are rendered where the
     * style allows (initials), or else by citeproc-java as it renders each name; the second is
     * there for the tests that show both give the same keys}
     */
    static BibliographyOrder of(String styleXml, String locale, String element, boolean initials) {
        return of(styleXml, locale, element, initials, true);
    }

    /**
     * {@return the mend, as {@link #of(String, String, String, boolean)} gives it, its macro keys
     * rendered in as few passes as they can be where together is set, else each in a pass of its
     * own; the second is there for the tests that show both give the same keys}
     */
    static BibliographyOrder of(String styleXml, String locale, String element, boolean initials, boolean together) {
        Document doc = StyleXml.parse(styleXml);
        Element sort = sortOf(doc, element);
        if (sort == null) {
            return null;
        }
        List<Key> keys = new ArrayList<>();
        NodeList keyNodes = sort.getElementsByTagNameNS(CSL_NS, "key");
        for (int i = 0; i < keyNodes.getLength(); i++) {
            Element k = (Element) keyNodes.item(i);
            keys.add(new Key(k.getAttribute("variable"), k.getAttribute("macro"), "descending".equals(k.getAttribute("sort")),
                    k.getAttribute("names-min"), k.getAttribute("names-use-first")));
        }
        if (keys.stream().anyMatch(k -> k.variable().equals("citation-number"))) {
            return null;
        }
        // the locale's collator, whose first making reads its rules (tens of milliseconds of a
        // cold start), made on another thread while the keys' styles are
        java.util.concurrent.CompletableFuture<Collator> collator = CslEngine.begun("shelfmark-collator", () -> {
            Collator c = Collator.getInstance(Locale.forLanguageTag(locale));
            c.setStrength(Collator.TERTIARY);
            return c;
        });
        if (element.equals("citation") && groupsCites(doc, (Element) sort.getParentNode())) {
            keys = shiftedDirections(keys);
        }
        java.util.function.Function<Key, KeyStyle> alone = k -> keyStyle(styleXml, List.of(k), element, initials);
        List<Pass> passes = new ArrayList<>();
        for (List<Key> pass : passes(styleXml, keys, element, together)) {
            passes.add(new Pass(pass, keyStyle(styleXml, pass, element, initials)));
        }
        sort.getParentNode().removeChild(sort);
        String demote = doc.getDocumentElement().getAttribute("demote-non-dropping-particle");
        return new BibliographyOrder(keys, List.copyOf(passes), alone, StyleXml.serialize(doc), !"never".equals(demote),
                CslEngine.joined(collator), Locale.forLanguageTag(locale));
    }

    // The macro keys, each once, in passes: a key joins a pass whose keys render their names with
    // the same et-al settings and alike initials, and read none of the variables it reads (a
    // variable a substitute renders is left out of the rest of the entry).
    private static List<List<Key>> passes(String styleXml, List<Key> keys, String element, boolean together) {
        List<List<Key>> passes = new ArrayList<>();
        Map<String, Document> docs = new HashMap<>(); // the keys' style, by et-al settings
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Key k : keys) {
            if (k.macro().isEmpty() || !seen.add(k.styleKey())) {
                continue;
            }
            // the style parsed for it only when there is a pass it may join
            List<Key> joined = !together ? null : passes.stream()
                    .filter(p -> p.get(0).namesMin().equals(k.namesMin()) && p.get(0).namesUseFirst().equals(k.namesUseFirst()))
                    .filter(p -> joins(docs.computeIfAbsent(k.namesMin() + "\u0000" + k.namesUseFirst(),
                            v -> keyDoc(styleXml, k, element)), p, k))
                    .findFirst().orElse(null);
            if (joined != null) {
                joined.add(k);
            } else {
                passes.add(new ArrayList<>(List.of(k)));
            }
        }
        return passes;
    }

    private static boolean joins(Document doc, List<Key> pass, Key key) {
        Element bibliography = (Element) doc.getElementsByTagNameNS(CSL_NS, "bibliography").item(0);
        if (bibliography.hasAttribute("subsequent-author-substitute")) {
            return false; // what a dash stands for depends on the names rendered first
        }
        List<String> macros = new ArrayList<>(pass.stream().map(Key::macro).toList());
        macros.add(key.macro());
        java.util.Set<String> read = new java.util.HashSet<>();
        for (String m : macros) {
            java.util.Set<String> variables = MacroVariables.of(doc, m);
            if (variables == null || variables.stream().anyMatch(v -> !read.add(v))) {
                return false;
            }
        }
        // the items are given the initials of all: each key that gives its own gives those
        Initials all = Initials.of(doc, macros);
        return macros.stream().map(m -> Initials.of(doc, m)).allMatch(own -> own == null || own.equals(all));
    }

    // citeproc-js sorts the cites of a style that groups them with one more key in front, the
    // names as cited, and the first key's direction; makeCitationCluster, which the golden files
    // come from, leaves that key out but keeps the directions, so each key takes the direction
    // of the key before it (Elsevier's dates, "descending", sort ascending within one author).
    private static boolean groupsCites(Document doc, Element citation) {
        boolean inText = "in-text".equals(doc.getDocumentElement().getAttribute("class"));
        return inText && !citation.getAttribute("collapse").isEmpty() || !citation.getAttribute("cite-group-delimiter").isEmpty();
    }

    private static List<Key> shiftedDirections(List<Key> keys) {
        List<Key> shifted = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Key k = keys.get(i);
            shifted.add(new Key(k.variable(), k.macro(), keys.get(Math.max(0, i - 1)).descending(), k.namesMin(), k.namesUseFirst()));
        }
        return shifted;
    }

    /** {@return the style to render with: the same, without its bibliography sort} */
    String unsortedStyle() {
        return unsortedStyle;
    }

    /**
     * {@return the items in the bibliography's order}
     *
     * @param items     the items, as they will be listed
     * @param processor makes a plain-text processor for some items and a style
     */
    CSLItemData[] sort(CSLItemData[] items, BiFunction<CSLItemData[], String, CSL> processor) {
        SortKey[][] keysOf = sortKeys(items, processor);
        Comparator<Integer> byKeys = (a, b) -> compare(keysOf[a], keysOf[b]);
        Integer[] order = new Integer[items.length];
        Arrays.setAll(order, i -> i);
        Integer[] sorted = order;
        if (!CslEngine.halved(items.length)) {
            Arrays.sort(order, byKeys); // stable: equal keys keep their order
        } else {
            // the halves whose keys were made together sorted side by side, each with its own
            // collator, then merged: both sorts stable and the first half's taken on a tie, the
            // order one sort of the whole gives
            CslEngine.inHalves(items.length, (from, to) -> {
                Arrays.sort(order, from, to, byKeys);
                return null;
            });
            sorted = merged(order, items.length / 2, byKeys);
        }
        return Arrays.stream(sorted).map(i -> items[i]).toArray(CSLItemData[]::new);
    }

    // two sorted runs, before a place and from it, as one: the first run's on a tie
    private static Integer[] merged(Integer[] runs, int second, Comparator<Integer> order) {
        Integer[] out = new Integer[runs.length];
        int i = 0;
        int j = second;
        int k = 0;
        while (i < second && j < runs.length) {
            out[k++] = order.compare(runs[j], runs[i]) < 0 ? runs[j++] : runs[i++];
        }
        while (i < second) {
            out[k++] = runs[i++];
        }
        while (j < runs.length) {
            out[k++] = runs[j++];
        }
        return out;
    }

    /**
     * {@return an order of the items' ids by the style's keys; equal keys compare equal}
     *
     * @param items     the items
     * @param processor makes a plain-text processor for some items and a style
     */
    Comparator<String> comparator(CSLItemData[] items, BiFunction<CSLItemData[], String, CSL> processor) {
        SortKey[][] keysOf = sortKeys(items, processor);
        Map<String, SortKey[]> byId = new HashMap<>();
        for (int i = 0; i < items.length; i++) {
            byId.put(items[i].getId(), keysOf[i]);
        }
        return (a, b) -> compare(byId.get(a), byId.get(b));
    }

    // each item's keys, in the items' order
    private SortKey[][] sortKeys(CSLItemData[] items, BiFunction<CSLItemData[], String, CSL> processor) {
        List<String[]> texts = keyTexts(items, processor);
        // each key's collation keys made once an item, not at every comparison, and only when a
        // comparison needs them: the first key's letters nearly always, the rest where the keys
        // before tie. A long list's first letters are made in two halves at once, each with a
        // collator of its own (a collator makes one key at a time): the halves sort() sorts.
        // Letters of plain ASCII are given keys made without the collator, where its locale allows.
        // (0.8 to 1.8 ms to read the collator's weights; one item is compared with nothing)
        AsciiCollation ascii = items.length < 2 ? null : AsciiCollation.of(collator, locale);
        SortKey[][] sortKeys = new SortKey[items.length][];
        if (CslEngine.halved(items.length)) {
            CslEngine.inHalves(items.length, (from, to) -> sortKeys(texts, from, to, ascii, sortKeys));
        } else {
            sortKeys(texts, 0, items.length, ascii, sortKeys);
        }
        return sortKeys;
    }

    /**
     * {@return each key's texts, in the items' order, as they are compared}
     *
     * @param items     the items
     * @param processor makes a plain-text processor for some items and a style
     */
    List<String[]> keyTexts(CSLItemData[] items, BiFunction<CSLItemData[], String, CSL> processor) {
        return keyTexts(items, processor, CslEngine.CHUNK);
    }

    // each pass's processor holding so many items at a time (CslEngine.inChunks): citeproc-java
    // renders each entry alone, as it has no dash for repeated names
    List<String[]> keyTexts(CSLItemData[] items, BiFunction<CSLItemData[], String, CSL> processor, int chunk) {
        CSLItemData[] view = Arrays.stream(items).map(this::sortView).toArray(CSLItemData[]::new);
        // the passes rendered side by side, each by its own processor (the first on this thread),
        // and the variable keys read meanwhile, all made clean there: each key's texts in the
        // items' order
        List<java.util.function.Supplier<Map<String, String[]>>> tasks = new ArrayList<>();
        for (Pass pass : passes) {
            tasks.add(() -> macroKeys(pass, alone, view, processor, chunk));
        }
        for (Key k : keys) {
            if (k.macro().isEmpty()) {
                tasks.add(() -> Map.of(k.styleKey(), variableKeys(view, k.variable())));
            }
        }
        Map<String, String[]> texts = new HashMap<>();
        CslEngine.inParallel(tasks).forEach(texts::putAll);
        return keys.stream().map(k -> texts.get(k.styleKey())).toList();
    }

    /** {@return whether some key's items are given their initials before it is rendered} */
    boolean givesInitials() {
        return passes.stream().anyMatch(p -> p.style().initials() != null);
    }

    /** {@return how many passes over the items render the macro keys} */
    int passCount() {
        return passes.size();
    }

    // Items whose key reads the same share one SortKey, and so its collation keys, made once (the
    // works of one author, one year): within a half, whose thread makes them.
    private Void sortKeys(List<String[]> texts, int from, int to, AsciiCollation ascii, SortKey[][] out) {
        Collator own = (Collator) collator.clone();
        List<Map<String, SortKey>> made = new ArrayList<>();
        texts.forEach(t -> made.add(new HashMap<>()));
        for (int i = from; i < to; i++) {
            SortKey[] keys = new SortKey[texts.size()];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = made.get(k).computeIfAbsent(texts.get(k)[i], t -> new SortKey(t, own, ascii));
            }
            if (keys.length > 0) {
                keys[0].prepare();
            }
            out[i] = keys;
        }
        return null;
    }

    /**
     * One key of an item: its text, empty or not, its letters word by word, and the whole as the
     * collator orders it, the last two made when first asked for (a collation key costs more than
     * most comparisons). Letters of plain ASCII have a key made without the collator
     * ({@link AsciiCollation}); two letters are compared through it where both have one.
     */
    private static final class SortKey {
        private static final char[] NOT_PLAIN = {};
        final String text;
        final boolean empty;
        private final Collator collator;
        private final AsciiCollation ascii;
        private String words; // the letters word by word, once made
        private char[] plain; // their key made without the collator, NOT_PLAIN where they have none; null until tried
        private CollationKey letters;
        private CollationKey whole;

        SortKey(String text, Collator collator, AsciiCollation ascii) {
            this.text = text;
            this.empty = text.isEmpty();
            this.collator = collator;
            this.ascii = ascii;
        }

        // the letters' key made, by either means (the sort compares the first key's letters nearly always)
        void prepare() {
            if (plain() == null) {
                letters();
            }
        }

        private String words() {
            if (words == null) {
                words = BibliographyOrder.words(fold(text));
            }
            return words;
        }

        private char[] plain() {
            if (plain == null) {
                char[] key = ascii == null ? null : ascii.key(words());
                plain = key == null ? NOT_PLAIN : key;
            }
            return plain == NOT_PLAIN ? null : plain;
        }

        private CollationKey letters() {
            if (letters == null) {
                letters = collator.getCollationKey(words());
            }
            return letters;
        }

        int compareLetters(SortKey other) {
            char[] mine = plain();
            char[] theirs = other.plain();
            return mine != null && theirs != null ? Arrays.compare(mine, theirs) : letters().compareTo(other.letters());
        }

        CollationKey whole() {
            if (whole == null) {
                whole = collator.getCollationKey(text);
            }
            return whole;
        }
    }

    private int compare(SortKey[] a, SortKey[] b) {
        for (int i = 0; i < keys.size(); i++) {
            SortKey x = a[i];
            SortKey y = b[i];
            if (x == y || x.text.equals(y.text)) {
                continue; // the same text: the same key (many works share their authors)
            }
            if (x.empty != y.empty) {
                return x.empty ? 1 : -1; // empty keys sort last, whatever the direction
            }
            // letters first, as ICU's collation in citeproc-js does (Ł with L), word by word, then the collator's finer order
            int c = x.compareLetters(y);
            c = c != 0 ? c : x.whole().compareTo(y.whole());
            if (c != 0) {
                return keys.get(i).descending() ? -c : c;
            }
        }
        return 0;
    }

    // Names as their sort strings, so that macros render "Berg Anna van den"; titles without quotation marks.
    private CSLItemData sortView(CSLItemData item) {
        CSLItemDataBuilder b = new CSLItemDataBuilder(item);
        if (item.getAuthor() != null) {
            b.author(sortNames(item.getAuthor()));
        }
        if (item.getEditor() != null) {
            b.editor(sortNames(item.getEditor()));
        }
        if (item.getTranslator() != null) {
            b.translator(sortNames(item.getTranslator()));
        }
        return b.title(clean(item.getTitle())).build();
    }

    // The style still formats the names (initials and all); particles are left out of the key,
    // or kept in the family name where the style never demotes them.
    private CSLName[] sortNames(CSLName[] names) {
        return Arrays.stream(names).map(this::sortName).toArray(CSLName[]::new);
    }

    private CSLName sortName(CSLName n) {
        if (n.getFamily() == null || n.getNonDroppingParticle() == null && n.getDroppingParticle() == null) {
            return n;
        }
        String family = !demoteForSort && n.getNonDroppingParticle() != null
                ? n.getNonDroppingParticle() + " " + n.getFamily() : n.getFamily();
        return new CSLNameBuilder().family(family).given(n.getGiven()).build();
    }

    // Each key of the pass by its styleKey; where an item's entry holds more separators than the
    // pass puts in (its data has the character), each key is rendered in a pass of its own.
    private static Map<String, String[]> macroKeys(Pass pass, java.util.function.Function<Key, KeyStyle> alone, CSLItemData[] view,
            BiFunction<CSLItemData[], String, CSL> processor, int chunk) {
        String[][] texts = macroKeys(pass.style(), pass.keys().size(), view, processor, chunk);
        if (texts == null) {
            texts = pass.keys().stream().map(k -> macroKeys(alone.apply(k), 1, view, processor, chunk)[0]).toArray(String[][]::new);
        }
        Map<String, String[]> byKey = new HashMap<>();
        for (int k = 0; k < texts.length; k++) {
            byKey.put(pass.keys().get(k).styleKey(), texts[k]);
        }
        return byKey;
    }

    // each key's texts, or null where an entry does not split into as many keys
    private static String[][] macroKeys(KeyStyle style, int count, CSLItemData[] view, BiFunction<CSLItemData[], String, CSL> processor,
            int chunk) {
        CSLItemData[] items = style.items(view);
        CSL csl = processor.apply(items, style.xml());
        String[] ids = Arrays.stream(items).map(CSLItemData::getId).toArray(String[]::new);
        String[] entries = new String[ids.length];
        CslEngine.inChunks(csl, ids, style.xml(), chunk, Markup.TEXT,
                (from, part) -> System.arraycopy(csl.makeBibliography().getEntries(), 0, entries, from, part.length));
        String[][] keys = new String[count][ids.length];
        for (int i = 0; i < ids.length; i++) {
            String[] parts = count == 1 ? new String[] {entries[i]} : entries[i].split(SEPARATOR, -1);
            if (parts.length != count) {
                return null;
            }
            for (int k = 0; k < count; k++) {
                // each read as the entry of its key alone would read, the mark in front
                String e = TitleCase.resolve((k == 0 ? parts[k] : MARK + parts[k]).strip(), false);
                keys[k][i] = clean(e.startsWith(MARK) ? e.substring(MARK.length()) : e);
            }
        }
        return keys;
    }

    private static String[] variableKeys(CSLItemData[] view, String variable) {
        return Arrays.stream(view).map(i -> clean(variableKey(i, variable))).toArray(String[]::new);
    }

    private static String variableKey(CSLItemData item, String variable) {
        return switch (variable) {
            case "issued" -> dateKey(item.getIssued());
            case "accessed" -> dateKey(item.getAccessed());
            case "title" -> nonNull(item.getTitle());
            case "container-title" -> nonNull(item.getContainerTitle());
            case "author" -> names(item.getAuthor());
            case "editor" -> names(item.getEditor());
            case "volume" -> nonNull(item.getVolume());
            case "status" -> nonNull(item.getStatus());
            case "publisher" -> nonNull(item.getPublisher());
            default -> "";
        };
    }

    private static String names(CSLName[] names) {
        return names == null ? "" : Arrays.stream(names)
                .map(n -> n.getLiteral() != null ? n.getLiteral() : n.getFamily() + " " + (n.getGiven() == null ? "" : n.getGiven()))
                .collect(Collectors.joining(", "));
    }

    private static String dateKey(CSLDate date) {
        if (date == null || date.getDateParts() == null || date.getDateParts().length == 0) {
            return "";
        }
        int[] p = date.getDateParts()[0];
        return padded(p[0], 4) + padded(p.length > 1 ? p[1] : 0, 2) + padded(p.length > 2 ? p[2] : 0, 2);
    }

    /**
     * {@return a number in at least so many digits, zeros in front: what String.format's "%0Nd"
     * gives (a minus sign counts in the width), without parsing a format for every item}
     */
    static String padded(int n, int width) {
        String digits = Long.toString(Math.abs((long) n));
        int zeros = width - digits.length() - (n < 0 ? 1 : 0);
        return (n < 0 ? "-" : "") + (zeros > 0 ? "0".repeat(zeros) : "") + digits;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    // Quotation marks, real or the private-use ones of QuoteMarks, and "et al." do not count in
    // sorting. A loop rather than a pattern: every title and key of a list is cleaned, and most
    // have no mark to take out (a pattern's replaceAll made a matcher and a copy each time).
    static String clean(String s) {
        return s == null ? null : withoutQuotes(s).replace(" et al.", "").strip();
    }

    private static String withoutQuotes(String s) {
        int first = 0;
        while (first < s.length() && !quote(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!quote(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean quote(char c) {
        return c == '"' || c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D'
                || c >= '\uE000' && c <= '\uE0FF';
    }

    // citeproc-js joins the words of a key with "|", which sorts before letters, and its collator
    // ignores punctuation: "Compassion in" comes before "Compassionate". Java's collator would
    // skip the space and weigh the punctuation. What replacing "\\p{P}+" with "" and then "\\s+"
    // with "|" gives, in one pass: the two patterns took a fifth of making an item's letters.
    static String words(String key) {
        StringBuilder out = new StringBuilder(key.length());
        boolean space = false;
        for (int i = 0; i < key.length(); ) {
            int c = key.codePointAt(i);
            i += Character.charCount(c);
            if (punctuation(c)) {
                continue; // gone before the spaces are joined: "a - b" is "a|b"
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') { // what \s matches
                space = true;
                continue;
            }
            if (space) {
                out.append('|');
                space = false;
            }
            out.appendCodePoint(c);
        }
        return space ? out.append('|').toString() : out.toString();
    }

    // \p{P}: the general categories of punctuation
    private static boolean punctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static final Map<Character, String> LETTERS = Map.of('Ł', "L", 'ł', "l", 'Ø', "O", 'ø', "o",
            'Đ', "D", 'đ', "d", 'ß', "ss", 'Æ', "AE", 'æ', "ae", 'Œ', "OE");

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    /** {@return the text with its letters stripped of accents and strokes} */
    static String fold(String s) {
        if (ascii(s)) {
            return s; // nothing to decompose, no stroke
        }
        String decomposed = MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(decomposed.length());
        for (char c : decomposed.toCharArray()) {
            String mapped = LETTERS.get(c);
            if (mapped != null) {
                out.append(mapped);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static Element sortOf(Document doc, String element) {
        NodeList bib = doc.getElementsByTagNameNS(CSL_NS, element);
        if (bib.getLength() == 0) {
            return null;
        }
        for (Node c = bib.item(0).getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && "sort".equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    // The style, its bibliography laid out as the macros side by side (a mark first, so that an
    // empty key still gives an entry, and a separator between them), dates as YYYYMMDD, no sort;
    // its names' initials made before it renders them where they can be (initials) and allow it.
    private static KeyStyle keyStyle(String styleXml, List<Key> keys, String element, boolean initials) {
        Document doc = keyDoc(styleXml, keys.get(0), element);
        Element layout = doc.createElementNS(CSL_NS, "layout");
        layout.appendChild(value(doc, MARK));
        for (Key key : keys) {
            if (key != keys.get(0)) {
                layout.appendChild(value(doc, SEPARATOR));
            }
            Element text = doc.createElementNS(CSL_NS, "text");
            text.setAttribute("macro", key.macro());
            layout.appendChild(text);
        }
        doc.getElementsByTagNameNS(CSL_NS, "bibliography").item(0).appendChild(layout);
        Initials made = initials ? Initials.of(doc, keys.stream().map(Key::macro).toList()) : null;
        if (made != null) {
            Initials.strip(doc);
        }
        return new KeyStyle(StyleXml.serialize(doc), made);
    }

    private static Element value(Document doc, String value) {
        Element text = doc.createElementNS(CSL_NS, "text");
        text.setAttribute("value", value);
        return text;
    }

    // The style as a key's macros are rendered from it: names in sort order with the key's et-al
    // settings, macros that hold a date reduced to their dates, dates as YYYYMMDD, its
    // bibliography emptied.
    private static Document keyDoc(String styleXml, Key key, String element) {
        Document doc = StyleXml.parse(styleXml);
        if (doc.getElementsByTagNameNS(CSL_NS, "bibliography").getLength() == 0) {
            // a style with citations only: its keys are rendered in a bibliography made for them
            doc.getDocumentElement().appendChild(doc.createElementNS(CSL_NS, "bibliography"));
        }
        if (element.equals("citation")) {
            citationNameOptions(doc);
        }
        if (!key.namesMin().isEmpty() || !key.namesUseFirst().isEmpty()) {
            etAl(doc, key);
        }
        sortOrderNames(doc);
        Element bib = (Element) doc.getElementsByTagNameNS(CSL_NS, "bibliography").item(0);
        while (bib.getFirstChild() != null) {
            bib.removeChild(bib.getFirstChild());
        }
        Map<String, Element> macros = StyleXml.macros(doc);
        java.util.Set<String> dated = new java.util.HashSet<>();
        macros.keySet().stream().filter(m -> reachesDate(m, macros, new java.util.HashSet<>())).forEach(dated::add);
        for (Element m : macros.values()) {
            if (m.getElementsByTagNameNS(CSL_NS, "date").getLength() > 0) {
                datesOnly(m, dated);
            }
        }
        NodeList dates = doc.getElementsByTagNameNS(CSL_NS, "date");
        for (int i = dates.getLength() - 1; i >= 0; i--) {
            sortableDate((Element) dates.item(i));
        }
        return doc;
    }

    // A cite's keys name people as the cite does ("Patel et al."): the citation's name options
    // stand in for the bibliography's, in whose layout the key is rendered.
    private static void citationNameOptions(Document doc) {
        Element citation = (Element) doc.getElementsByTagNameNS(CSL_NS, "citation").item(0);
        Element bibliography = (Element) doc.getElementsByTagNameNS(CSL_NS, "bibliography").item(0);
        org.w3c.dom.NamedNodeMap attributes = bibliography.getAttributes();
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            String name = attributes.item(i).getNodeName();
            if (nameOption(name)) {
                bibliography.removeAttribute(name);
            }
        }
        org.w3c.dom.NamedNodeMap own = citation.getAttributes();
        for (int i = 0; i < own.getLength(); i++) {
            String name = own.item(i).getNodeName();
            if (nameOption(name)) {
                bibliography.setAttribute(name, own.item(i).getNodeValue());
            }
        }
    }

    // the inheritable name options of CSL
    private static boolean nameOption(String attribute) {
        return attribute.startsWith("et-al-") || attribute.startsWith("name") || attribute.startsWith("initialize")
                || attribute.equals("and") || attribute.startsWith("delimiter-precedes") || attribute.equals("sort-separator");
    }

    // citeproc-js keys every name family first, without "and": "Patel Anita, Jones Rhys, Brown Tessa".
    private static void sortOrderNames(Document doc) {
        NodeList names = doc.getElementsByTagNameNS(CSL_NS, "name");
        for (int i = 0; i < names.getLength(); i++) {
            Element name = (Element) names.item(i);
            name.setAttribute("name-as-sort-order", "all");
            name.setAttribute("sort-separator", " ");
            name.removeAttribute("and");
        }
    }

    // A key's names-min and names-use-first stand for the et-al settings of every name it renders
    // (APA's "Smith et al." key, where three works of Smith and others then keep the order given).
    private static void etAl(Document doc, Key key) {
        List<Element> targets = new ArrayList<>();
        targets.add((Element) doc.getElementsByTagNameNS(CSL_NS, "bibliography").item(0));
        NodeList names = doc.getElementsByTagNameNS(CSL_NS, "name");
        for (int i = 0; i < names.getLength(); i++) {
            targets.add((Element) names.item(i));
        }
        for (Element e : targets) {
            if (!key.namesMin().isEmpty()) {
                e.setAttribute("et-al-min", key.namesMin());
            }
            if (!key.namesUseFirst().isEmpty()) {
                e.setAttribute("et-al-use-first", key.namesUseFirst());
            }
        }
    }

    // citeproc-js keys a macro that holds a date by its dates alone: the words, names, numbers,
    // affixes and macros beside them are left out, and an item without the date gets an empty
    // key, which sorts last (Elsevier's "n.d." after the dated works of an author).
    private static void datesOnly(Element macro, java.util.Set<String> dated) {
        NodeList all = macro.getElementsByTagNameNS(CSL_NS, "*");
        List<Element> dropped = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String name = e.getLocalName();
            if (name.equals("text") && !dated.contains(e.getAttribute("macro")) || name.equals("names")
                    || name.equals("number") || name.equals("label")) {
                dropped.add(e);
            }
            for (String affix : new String[] {"prefix", "suffix", "delimiter"}) {
                e.removeAttribute(affix);
            }
        }
        dropped.forEach(e -> e.getParentNode().removeChild(e));
    }

    // Whether a macro, or one it calls however deep, holds a date.
    private static boolean reachesDate(String macro, Map<String, Element> macros, java.util.Set<String> seen) {
        Element m = macros.get(macro);
        if (m == null || !seen.add(macro)) {
            return false;
        }
        if (m.getElementsByTagNameNS(CSL_NS, "date").getLength() > 0) {
            return true;
        }
        NodeList texts = m.getElementsByTagNameNS(CSL_NS, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            String called = ((Element) texts.item(i)).getAttribute("macro");
            if (!called.isEmpty() && reachesDate(called, macros, seen)) {
                return true;
            }
        }
        return false;
    }

    // Keeps the parts the date shows (a year-only date stays a year), each as digits: YYYYMMDD.
    private static void sortableDate(Element date) {
        String variable = date.getAttribute("variable");
        java.util.Set<String> shown = shownParts(date);
        Document doc = date.getOwnerDocument();
        Element sortable = doc.createElementNS(CSL_NS, "date");
        sortable.setAttribute("variable", variable);
        for (String[] part : new String[][] {{"year", null}, {"month", "numeric-leading-zeros"}, {"day", "numeric-leading-zeros"}}) {
            if (!shown.contains(part[0])) {
                continue;
            }
            Element p = doc.createElementNS(CSL_NS, "date-part");
            p.setAttribute("name", part[0]);
            if (part[1] != null) {
                p.setAttribute("form", part[1]);
            }
            sortable.appendChild(p);
        }
        date.getParentNode().replaceChild(sortable, date);
    }

    private static java.util.Set<String> shownParts(Element date) {
        java.util.Set<String> parts = new java.util.HashSet<>();
        NodeList children = date.getElementsByTagNameNS(CSL_NS, "date-part");
        if (date.hasAttribute("form") || children.getLength() == 0) {
            String attr = date.getAttribute("date-parts");
            parts.addAll(List.of((attr.isEmpty() ? "year-month-day" : attr).split("-")));
            return parts;
        }
        for (int i = 0; i < children.getLength(); i++) {
            parts.add(((Element) children.item(i)).getAttribute("name"));
        }
        return parts;
    }
}
