package org.shelfmark.csl;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Mends citeproc-java 3.5.2's missing {@code subsequent-author-substitute}: MLA lists a second
 * work by the same authors as {@code ———. “Measuring Compassion.”}; citeproc-java repeats the
 * names.
 *
 * <p>The mend renders each entry's names alone, from a derived style whose bibliography is the
 * first names macro of the layout, and replaces names that repeat the previous entry's with the
 * substitute, as the default rule {@code complete-all} asks. The other rules are not mended.
 */
final class SubsequentAuthor {

    private static final String CSL_NS = "http://purl.org/net/xbiblio/csl";
    private static final String MARK = "\u00A7";

    private final String substitute;
    private final String namesStyle;

    private SubsequentAuthor(String substitute, String namesStyle) {
        this.substitute = substitute;
        this.namesStyle = namesStyle;
    }

    /** {@return the mend for a style, or null where the style substitutes nothing or uses another rule} */
    static SubsequentAuthor of(String styleXml) {
        if (!styleXml.contains("subsequent-author-substitute")) {
            return null;
        }
        Document doc = StyleXml.parse(styleXml);
        Element bib = (Element) doc.getElementsByTagNameNS(CSL_NS, "bibliography").item(0);
        String rule = bib == null ? "" : bib.getAttribute("subsequent-author-substitute-rule");
        String macro = bib == null ? null : firstNamesMacro(doc, bib);
        if (bib == null || !bib.hasAttribute("subsequent-author-substitute") || macro == null
                || !(rule.isEmpty() || rule.equals("complete-all"))) {
            return null;
        }
        String substitute = bib.getAttribute("subsequent-author-substitute");
        NodeList layouts = bib.getElementsByTagNameNS(CSL_NS, "layout");
        Element layout = (Element) layouts.item(0);
        Element fresh = doc.createElementNS(CSL_NS, "layout");
        Element mark = doc.createElementNS(CSL_NS, "text");
        mark.setAttribute("value", MARK); // so that an entry without names still gives an entry
        Element text = doc.createElementNS(CSL_NS, "text");
        text.setAttribute("macro", macro);
        fresh.appendChild(mark);
        fresh.appendChild(text);
        bib.replaceChild(fresh, layout);
        return new SubsequentAuthor(substitute, StyleXml.serialize(doc));
    }

    /**
     * {@return for each entry whose names repeat those of the entry before it, by id, the names
     * as they start the entry: the part the substitute replaces}
     *
     * @param ordered   the items in bibliography order
     * @param processor makes a processor for some items and a style, with the session's markup
     */
    Map<String, String> repeatedNames(CSLItemData[] ordered, BiFunction<CSLItemData[], String, CSL> processor) {
        CSL csl = processor.apply(ordered, namesStyle);
        String[] ids = Arrays.stream(ordered).map(CSLItemData::getId).toArray(String[]::new);
        csl.registerCitationItems(ids);
        String[] names = csl.makeBibliography().getEntries();
        Map<String, String> repeated = new HashMap<>();
        for (int i = 1; i < names.length && i < ids.length; i++) {
            String here = withoutMark(names[i]);
            if (!here.isEmpty() && here.equals(withoutMark(names[i - 1]))) {
                repeated.put(ids[i], here);
            }
        }
        return repeated;
    }

    private static String withoutMark(String entry) {
        String s = entry.strip();
        int at = s.indexOf(MARK);
        return at < 0 ? s : s.substring(0, at) + s.substring(at + MARK.length());
    }

    /** {@return the entry with its leading names replaced by the substitute} */
    String substitute(String entry, String names) {
        if (!entry.startsWith(names)) {
            return entry;
        }
        String rest = entry.substring(names.length());
        // "West, Michael A." swallowed the delimiter's full stop; the substitute needs it back
        boolean swallowed = names.endsWith(".") && rest.startsWith(" ");
        return substitute + (swallowed ? "." : "") + rest;
    }

    // The first macro the layout calls that holds a <names>, looking through groups in order.
    private static String firstNamesMacro(Document doc, Element bib) {
        NodeList texts = bib.getElementsByTagNameNS(CSL_NS, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            String macro = ((Element) texts.item(i)).getAttribute("macro");
            if (!macro.isEmpty() && macroHasNames(doc, macro)) {
                return macro;
            }
        }
        return null;
    }

    private static boolean macroHasNames(Document doc, String name) {
        NodeList macros = doc.getElementsByTagNameNS(CSL_NS, "macro");
        for (int i = 0; i < macros.getLength(); i++) {
            Element m = (Element) macros.item(i);
            if (m.getAttribute("name").equals(name)) {
                return m.getElementsByTagNameNS(CSL_NS, "names").getLength() > 0;
            }
        }
        return false;
    }

}
