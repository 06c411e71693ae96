package org.shelfmark.csl;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Mends citeproc-java 3.5.2's {@code <date delimiter=" ">}, which it ignores: Vancouver dates read
 * {@code 2016Jan} where citeproc-js writes {@code 2016 Jan}.
 *
 * <p>The style handed to citeproc-java carries the delimiter on the date parts instead: as a
 * prefix of each part after the year where the year comes first, else as a suffix of each part
 * before the last, so that a date known only to the year gains no stray space.
 */
final class DateDelimiter {

    private static final String CSL = "http://purl.org/net/xbiblio/csl";

    private DateDelimiter() {
    }

    static String rewrite(String styleXml) {
        Document doc = StyleXml.parse(styleXml);
        rewrite(doc);
        return StyleXml.serialize(doc);
    }

    /** Rewrites the style in place. */
    static void rewrite(Document doc) {
        NodeList dates = doc.getElementsByTagNameNS(CSL, "date");
        for (int i = 0; i < dates.getLength(); i++) {
            Element date = (Element) dates.item(i);
            List<Element> parts = parts(date);
            if (date.hasAttribute("delimiter") && parts.size() > 1) {
                spread(date.getAttribute("delimiter"), parts);
                date.removeAttribute("delimiter");
            }
        }
    }

    private static void spread(String delimiter, List<Element> parts) {
        boolean yearFirst = "year".equals(parts.get(0).getAttribute("name"));
        for (int p = 0; p < parts.size(); p++) {
            Element part = parts.get(p);
            if (yearFirst && p > 0) {
                part.setAttribute("prefix", delimiter + part.getAttribute("prefix"));
            } else if (!yearFirst && p < parts.size() - 1) {
                part.setAttribute("suffix", part.getAttribute("suffix") + delimiter);
            }
        }
    }

    private static List<Element> parts(Element date) {
        List<Element> parts = new ArrayList<>();
        for (Node c = date.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && "date-part".equals(e.getLocalName())) {
                parts.add(e);
            }
        }
        return parts;
    }
}
