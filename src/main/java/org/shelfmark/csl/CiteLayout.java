package org.shelfmark.csl;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The affixes and delimiter of a style's citation layout: {@code (}, {@code )} and {@code ; } in
 * Cite Them Right. Citations with prefixes, suffixes or authors left out are put together from
 * their parts with them, as citeproc-js does, since citeproc-java 3.5.2 renders none of those.
 *
 * @param prefix                 before the cluster
 * @param suffix                 after it
 * @param delimiter              between cites
 * @param collapses              whether cites of the same authors are grouped, their names given once
 * @param groupDelimiter         between the cites of one group
 * @param afterCollapseDelimiter after a group
 * @param collapsesNumbers       whether runs of citation numbers become ranges ({@code 21–23})
 */
record CiteLayout(String prefix, String suffix, String delimiter, boolean collapses, String groupDelimiter,
        String afterCollapseDelimiter, boolean collapsesNumbers) {

    private static final String CSL_NS = "http://purl.org/net/xbiblio/csl";

    static CiteLayout of(String styleXml) {
        NodeList citations = StyleXml.parse(styleXml).getElementsByTagNameNS(CSL_NS, "citation");
        if (citations.getLength() == 0) {
            return new CiteLayout("", "", "; ", false, ", ", "; ", false);
        }
        Element citation = (Element) citations.item(0);
        NodeList layouts = citation.getElementsByTagNameNS(CSL_NS, "layout");
        if (layouts.getLength() == 0) {
            return new CiteLayout("", "", "; ", false, ", ", "; ", false);
        }
        Element layout = (Element) layouts.item(0);
        String delimiter = layout.hasAttribute("delimiter") ? layout.getAttribute("delimiter") : "; ";
        // cite grouping comes with collapsing or a cite-group-delimiter (CSL 1.0.2)
        boolean collapses = citation.hasAttribute("collapse") || citation.hasAttribute("cite-group-delimiter");
        String group = citation.hasAttribute("cite-group-delimiter") ? citation.getAttribute("cite-group-delimiter") : ", ";
        String after = citation.hasAttribute("after-collapse-delimiter") ? citation.getAttribute("after-collapse-delimiter") : delimiter;
        return new CiteLayout(layout.getAttribute("prefix"), layout.getAttribute("suffix"), delimiter,
                collapses && !"citation-number".equals(citation.getAttribute("collapse")), group, after,
                "citation-number".equals(citation.getAttribute("collapse")));
    }

    /** {@return the cluster's cites without the layout's affixes, or the text as it is if they are not there} */
    String inner(String cluster) {
        String s = cluster;
        if (!prefix.isEmpty() && s.startsWith(prefix)) {
            s = s.substring(prefix.length());
        }
        if (!suffix.isEmpty() && s.endsWith(suffix)) {
            s = s.substring(0, s.length() - suffix.length());
        }
        return s;
    }

    String wrap(String inner) {
        return prefix + inner + suffix;
    }
}
