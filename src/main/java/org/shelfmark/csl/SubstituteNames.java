package org.shelfmark.csl;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Mends citeproc-java 3.5.2's {@code <substitute>}: it renders every {@code <names>} inside with
 * the outer element's {@code <name>} and {@code <label>}, even one that has its own. APA's editors
 * then read {@code (Editor)} where citeproc-js, using their own short label, writes {@code (Ed.)}.
 *
 * <p>CSL 1.0.2 lets only a {@code <names>} without children inherit. The style handed to
 * citeproc-java wraps each substitute {@code <names>} that has children in a {@code <group>},
 * which citeproc-java leaves as it is; the group renders just what the names render.
 */
final class SubstituteNames {

    private static final String CSL = "http://purl.org/net/xbiblio/csl";

    private SubstituteNames() {
    }

    static String rewrite(String styleXml) {
        Document doc = StyleXml.parse(styleXml);
        rewrite(doc);
        return StyleXml.serialize(doc);
    }

    /** Rewrites the style in place. */
    static void rewrite(Document doc) {
        List<Element> own = new ArrayList<>();
        NodeList substitutes = doc.getElementsByTagNameNS(CSL, "substitute");
        for (int i = 0; i < substitutes.getLength(); i++) {
            for (Node c = substitutes.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && "names".equals(e.getLocalName()) && hasChildElements(e)) {
                    own.add(e);
                }
            }
        }
        for (Element names : own) {
            Element group = doc.createElementNS(CSL, "group");
            names.getParentNode().replaceChild(group, names);
            group.appendChild(names);
        }
    }

    private static boolean hasChildElements(Element e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element) {
                return true;
            }
        }
        return false;
    }
}
