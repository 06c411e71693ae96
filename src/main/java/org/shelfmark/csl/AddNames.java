package org.shelfmark.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Mends {@code disambiguate-add-names}, which citeproc-java 3.5.2 ignores: two APA articles by
 * Smith, Jones and Brown and by Smith, Taylor and White, both of 2020, are cited
 * {@code (Smith et al., 2020a)} and {@code (Smith et al., 2020b)}, where citeproc-js names as many
 * authors as it takes, {@code (Smith, Jones, et al., 2020)}.
 *
 * <p>Cites that read alike are rendered again with one more name shown ({@code et-al-use-first}
 * raised in a copy of the style), and again, until each reads apart from all the others it will
 * ever read apart from; works by the very same authors then keep the names added and a year
 * suffix, as in citeproc-js. Items given more names are cited with a processor of their own.
 */
final class AddNames {

    private static final String CSL = "http://purl.org/net/xbiblio/csl";

    private AddNames() {
    }

    /** {@return the names a style's cites show before "et al.", or 0 where the style does not add names} */
    static int shown(String styleXml) {
        return shown(StyleXml.parse(styleXml));
    }

    /** {@return the names a parsed style's cites show before "et al.", as {@link #shown(String)} gives them} */
    static int shown(Document doc) {
        Element citation = citation(doc);
        if (citation == null || !"true".equals(citation.getAttribute("disambiguate-add-names"))
                || citation.getAttribute("et-al-use-first").isEmpty()) {
            return 0;
        }
        return Integer.parseInt(citation.getAttribute("et-al-use-first").strip());
    }

    /**
     * {@return the fewest names that one of the style's et-al settings shortens, anywhere in it,
     * or {@link Integer#MAX_VALUE} where it shortens none}: a cite whose name lists are all
     * shorter reads the same whatever number of names the style shows before "et al."
     */
    static int fewestShortened(String styleXml) {
        return fewestShortened(StyleXml.parse(styleXml));
    }

    /** {@return the fewest names one of a parsed style's et-al settings shortens, as {@link #fewestShortened(String)} gives it} */
    static int fewestShortened(Document doc) {
        NodeList all = doc.getElementsByTagNameNS(CSL, "*");
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String attribute : new String[] {"et-al-min", "et-al-subsequent-min"}) {
                if (e.hasAttribute(attribute)) {
                    try {
                        fewest = Math.min(fewest, Math.max(1, Integer.parseInt(e.getAttribute(attribute).strip())));
                    } catch (NumberFormatException unreadable) {
                        return 1; // whatever citeproc-java makes of it, no list is taken to be too short
                    }
                }
            }
        }
        return fewest;
    }

    /**
     * {@return whether one of the item's name lists has at least so many names}: each name variable
     * citeproc-java 3.5.2 has, called in turn (through reflection, the 2,337 alike cites of a
     * 10,000-reference list took 41 to 46 ms; called, 6 to 7 ms)
     */
    static boolean hasNames(CSLItemData item, int names) {
        return atLeast(item.getAuthor(), names) || atLeast(item.getChair(), names)
                || atLeast(item.getCollectionEditor(), names) || atLeast(item.getCompiler(), names)
                || atLeast(item.getComposer(), names) || atLeast(item.getContainerAuthor(), names)
                || atLeast(item.getContributor(), names) || atLeast(item.getCurator(), names)
                || atLeast(item.getDirector(), names) || atLeast(item.getEditor(), names)
                || atLeast(item.getEditorialDirector(), names) || atLeast(item.getExecutiveProducer(), names)
                || atLeast(item.getGuest(), names) || atLeast(item.getHost(), names)
                || atLeast(item.getInterviewer(), names) || atLeast(item.getIllustrator(), names)
                || atLeast(item.getNarrator(), names) || atLeast(item.getOrganizer(), names)
                || atLeast(item.getOriginalAuthor(), names) || atLeast(item.getPerformer(), names)
                || atLeast(item.getProducer(), names) || atLeast(item.getRecipient(), names)
                || atLeast(item.getReviewedAuthor(), names) || atLeast(item.getScriptWriter(), names)
                || atLeast(item.getSeriesCreator(), names) || atLeast(item.getTranslator(), names);
    }

    private static boolean atLeast(CSLName[] list, int names) {
        return list != null && list.length >= names;
    }

    /** {@return the style with its cites showing some names before "et al."} */
    static String showing(String styleXml, int names) {
        Document doc = StyleXml.parse(styleXml);
        Element citation = citation(doc);
        citation.setAttribute("et-al-use-first", String.valueOf(names));
        if (citation.hasAttribute("et-al-subsequent-use-first")) {
            citation.setAttribute("et-al-subsequent-use-first", String.valueOf(names));
        }
        return StyleXml.serialize(doc);
    }

    /**
     * {@return how many names each item's cite needs to read apart from those that read like it,
     * for the items that need more than the style shows}
     *
     * @param cites     each item's cite as the style renders it, in the bibliography's order
     * @param shown     the names the style shows
     * @param most      the most names any item has
     * @param citesWith each item's cite with so many names shown
     */
    static Map<String, Integer> levels(Map<String, String> cites, int shown, int most, IntFunction<Map<String, String>> citesWith) {
        Map<String, List<String>> alike = new LinkedHashMap<>();
        cites.forEach((id, cite) -> alike.computeIfAbsent(cite, k -> new ArrayList<>()).add(id));
        Map<Integer, Map<String, String>> rendered = new HashMap<>();
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (List<String> group : alike.values()) {
            if (group.size() < 2) {
                continue;
            }
            for (String id : group) {
                // as many names as it takes to read apart from all it ever reads apart from
                List<String> atMost = clashes(group, id, rendered.computeIfAbsent(most, citesWith::apply));
                for (int n = shown + 1; n <= most && atMost.size() < group.size() - 1; n++) {
                    if (clashes(group, id, rendered.computeIfAbsent(n, citesWith::apply)).equals(atMost)) {
                        levels.put(id, n);
                        break;
                    }
                }
            }
        }
        return levels;
    }

    // the others of the group whose cites read like this one's
    private static List<String> clashes(List<String> group, String id, Map<String, String> cites) {
        return group.stream().filter(other -> !other.equals(id) && cites.get(other).equals(cites.get(id))).toList();
    }

    private static Element citation(Document doc) {
        return (Element) doc.getElementsByTagNameNS(CSL, "citation").item(0);
    }
}
