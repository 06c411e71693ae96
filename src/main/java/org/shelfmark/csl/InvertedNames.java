package org.shelfmark.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends citeproc-java 3.5.2's inverted names ({@code name-as-sort-order}) with particles and
 * suffixes: it writes {@code von Goethe, J.} and {@code King Jr., M.} where CSL and citeproc-js
 * write {@code Goethe, J. von} and {@code King, M., Jr.}, and it ignores
 * {@code demote-non-dropping-particle="display-and-sort"} ({@code Berg, Anna van den}).
 *
 * <p>The mend writes such a name, as the bibliography's name element would invert it, into the
 * items the bibliography is rendered from, as a literal name; citations keep the parts.
 */
final class InvertedNames {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final Pattern INVERTED_NAME = Pattern.compile("<name\\b[^>]*\\bname-as-sort-order=\"(first|all)\"[^>]*>");

    private final boolean enabled;
    private final boolean all;
    private final String initializeWith; // null: full given names
    private final String sortSeparator;
    private final boolean demoteInDisplay;

    private InvertedNames(boolean enabled, boolean all, String initializeWith, String sortSeparator, boolean demote) {
        this.enabled = enabled;
        this.all = all;
        this.initializeWith = initializeWith;
        this.sortSeparator = sortSeparator;
        this.demoteInDisplay = demote;
    }

    static InvertedNames of(String styleXml) {
        Matcher name = INVERTED_NAME.matcher(styleXml);
        if (!name.find()) {
            return new InvertedNames(false, false, null, ", ", false);
        }
        Map<String, String> styleAttrs = StyleXml.attributes(StyleXml.startTag(styleXml, "style"));
        Map<String, String> inherited = new HashMap<>(styleAttrs);
        inherited.putAll(StyleXml.attributes(StyleXml.startTag(styleXml, "bibliography")));
        inherited.putAll(StyleXml.attributes(name.group()));
        String initializeWith = "false".equals(inherited.get("initialize")) ? null : inherited.get("initialize-with");
        boolean demote = "display-and-sort".equals(styleAttrs.getOrDefault("demote-non-dropping-particle", "display-and-sort"));
        return new InvertedNames(true, "all".equals(name.group(1)), initializeWith,
                inherited.getOrDefault("sort-separator", ", "), demote);
    }

    /** {@return the items the bibliography is rendered from, with such names written out} */
    CSLItemData[] apply(CSLItemData[] items) {
        if (!enabled || Arrays.stream(items).noneMatch(this::needsMending)) {
            return items;
        }
        return Arrays.stream(items).map(this::apply).toArray(CSLItemData[]::new);
    }

    private boolean needsMending(CSLItemData item) {
        return item.getAuthor() != null && Arrays.stream(item.getAuthor()).anyMatch(this::needsMending);
    }

    private CSLItemData apply(CSLItemData item) {
        CSLName[] authors = item.getAuthor();
        if (!needsMending(item)) {
            return item;
        }
        CSLName[] mended = authors.clone();
        for (int i = 0; i < mended.length && (all || i == 0); i++) {
            if (needsMending(mended[i])) {
                mended[i] = new CSLNameBuilder().literal(inverted(mended[i])).build();
            }
        }
        return new CSLItemDataBuilder(item).author(mended).build();
    }

    private boolean needsMending(CSLName n) {
        return n.getFamily() != null && n.getGiven() != null && (n.getDroppingParticle() != null || n.getSuffix() != null
                || demoteInDisplay && n.getNonDroppingParticle() != null);
    }

    /** {@return "Goethe, J. von", "King, M., Jr.", "Berg, Anna van den"} */
    String inverted(CSLName n) {
        boolean demoted = demoteInDisplay && n.getNonDroppingParticle() != null;
        String family = !demoted && n.getNonDroppingParticle() != null ? n.getNonDroppingParticle() + " " + n.getFamily() : n.getFamily();
        StringBuilder s = new StringBuilder(family).append(sortSeparator).append(given(n.getGiven()));
        if (n.getDroppingParticle() != null) {
            s.append(' ').append(n.getDroppingParticle());
        }
        if (demoted) {
            s.append(' ').append(n.getNonDroppingParticle());
        }
        if (n.getSuffix() != null) {
            s.append(sortSeparator).append(n.getSuffix());
        }
        return s.toString();
    }

    private String given(String given) {
        if (initializeWith == null) {
            return given;
        }
        StringBuilder s = new StringBuilder();
        for (String part : SPACES.split(given.trim())) {
            s.append(part.charAt(0)).append(initializeWith);
        }
        return s.toString().strip();
    }
}
