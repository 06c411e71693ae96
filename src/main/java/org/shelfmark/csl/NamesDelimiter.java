package org.shelfmark.csl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Mends citeproc-java 3.5.2's {@code <names variable="editor translator" delimiter=". ">}: it
 * writes the delimiter before the second variable even when the first rendered nothing, so a
 * translated book without an editor reads {@code The courage to care. . Translated by ...} where
 * citeproc-js writes {@code The courage to care. Translated by ...}.
 *
 * <p>The mend rewrites the style before citeproc-java reads it: each such {@code <names>} becomes
 * a choice that renders it as written when its first variable is present, and without that
 * variable otherwise, repeated down the list.
 */
final class NamesDelimiter {

    private static final String CSL = "http://purl.org/net/xbiblio/csl";

    private NamesDelimiter() {
    }

    /** {@return the style, rewritten where it has a delimited {@code <names>} of several variables} */
    static String rewrite(String styleXml) {
        Document doc = StyleXml.parse(styleXml);
        rewrite(doc);
        return StyleXml.serialize(doc);
    }

    /** Rewrites the style in place. */
    static void rewrite(Document doc) {
        NodeList names = doc.getElementsByTagNameNS(CSL, "names");
        List<Element> targets = new ArrayList<>();
        for (int i = 0; i < names.getLength(); i++) {
            Element e = (Element) names.item(i);
            if (e.hasAttribute("delimiter") && e.getAttribute("variable").trim().split("\\s+").length > 1) {
                targets.add(e);
            }
        }
        targets.forEach(NamesDelimiter::wrap);
    }

    // <names variable="a b c"> becomes <choose><if variable="a">[a b c]</if><else>[b c, likewise]</else></choose>
    private static void wrap(Element names) {
        List<String> variables = Arrays.asList(names.getAttribute("variable").trim().split("\\s+"));
        names.getParentNode().replaceChild(choice(names, variables), names);
    }

    private static Node choice(Element names, List<String> variables) {
        Element copy = (Element) names.cloneNode(true);
        copy.setAttribute("variable", String.join(" ", variables));
        if (variables.size() == 1) {
            return copy;
        }
        Document doc = names.getOwnerDocument();
        Element choose = doc.createElementNS(CSL, "choose");
        Element ifFirst = doc.createElementNS(CSL, "if");
        ifFirst.setAttribute("variable", variables.get(0));
        ifFirst.appendChild(copy);
        Element otherwise = doc.createElementNS(CSL, "else");
        otherwise.appendChild(choice(names, variables.subList(1, variables.size())));
        choose.appendChild(ifFirst);
        choose.appendChild(otherwise);
        return choose;
    }
}
