package org.shelfmark.csl;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Mends citeproc-java 3.5.2's {@code <label plural="never">}, which it ignores: Vancouver chapters
 * read {@code pp. 20–35} where citeproc-js writes {@code p. 20–35}.
 *
 * <p>The style handed to citeproc-java has such a label as the singular term itself, shown only
 * when the variable is there, as the label would be.
 */
final class LabelPlural {

    private static final String CSL = "http://purl.org/net/xbiblio/csl";

    private LabelPlural() {
    }

    static String rewrite(String styleXml) {
        Document doc = StyleXml.parse(styleXml);
        rewrite(doc);
        return StyleXml.serialize(doc);
    }

    /** Rewrites the style in place. */
    static void rewrite(Document doc) {
        NodeList labels = doc.getElementsByTagNameNS(CSL, "label");
        List<Element> singular = new ArrayList<>();
        for (int i = 0; i < labels.getLength(); i++) {
            Element label = (Element) labels.item(i);
            if ("never".equals(label.getAttribute("plural")) && !label.getAttribute("variable").isEmpty()
                    && !label.getAttribute("variable").equals("locator")) {
                singular.add(label);
            }
        }
        singular.forEach(LabelPlural::replace);
    }

    // <label variable="page" form="short" plural="never"/> becomes
    // <choose><if variable="page"><text term="page" form="short"/></if></choose>
    private static void replace(Element label) {
        Document doc = label.getOwnerDocument();
        String variable = label.getAttribute("variable");
        Element text = doc.createElementNS(CSL, "text");
        text.setAttribute("term", variable);
        for (String attr : new String[] {"form", "prefix", "suffix", "text-case", "strip-periods", "font-style",
            "font-variant", "font-weight", "text-decoration", "vertical-align"}) {
            if (label.hasAttribute(attr)) {
                text.setAttribute(attr, label.getAttribute(attr));
            }
        }
        Element choose = doc.createElementNS(CSL, "choose");
        Element ifPresent = doc.createElementNS(CSL, "if");
        ifPresent.setAttribute("variable", variable);
        ifPresent.appendChild(text);
        choose.appendChild(ifPresent);
        label.getParentNode().replaceChild(choose, label);
    }
}
