package org.shelfmark.csl;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Mends how citeproc-java 3.5.2 counts a macro in a group: citeproc-js runs each macro as a group
 * of its own, so a macro that writes only a term (Chicago's "Released" for software) counts as a
 * variable that was found, and keeps its group; citeproc-java counts only the variables, and drops
 * the group when they are all empty.
 *
 * <p>The style handed to citeproc-java has each {@code <text macro>} inside a bare
 * {@code <group>}: citeproc-java counts a group that renders as a variable that was found, and
 * drops it when all it called was empty, as citeproc-js does with a macro.
 */
final class MacroGroups {

    private static final String CSL = "http://purl.org/net/xbiblio/csl";

    private MacroGroups() {
    }

    /** Rewrites the style in place. */
    static void rewrite(Document doc) {
        NodeList texts = doc.getElementsByTagNameNS(CSL, "text");
        List<Element> macros = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (text.hasAttribute("macro")) {
                macros.add(text);
            }
        }
        for (Element text : macros) {
            Element group = doc.createElementNS(CSL, "group");
            text.getParentNode().replaceChild(group, text);
            group.appendChild(text);
        }
    }
}
