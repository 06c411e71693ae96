package org.shelfmark.csl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Spares citeproc-java 3.5.2 the cost of a macro call: the style handed to it has the body of a
 * macro written out where a bare {@code <group>} calls it with a bare {@code <text macro>}, as
 * {@link MacroGroups} leaves every call. The output is the same; each call it takes away was some
 * ten objects made for every entry and cite that renders it (the text's four behaviours and its
 * lambdas, which C1 makes through a call into the JVM, a stream of its tokens): of a 10,000-entry
 * Cite Them Right bibliography's 4.8 million lambdas, 1.2 million.
 *
 * <p>Why the same: citeproc-java renders a {@code <text macro>} with no other attribute by
 * rendering the macro's elements one after another, each in a context that shares the group's
 * count of the variables called, and copies their tokens unchanged into the group (its text case,
 * quotes, affixes and display do nothing when unset). A group with no attribute renders its
 * elements the same way, with nothing between them. A call with affixes alone in such a group is
 * written out too, its affixes put on the group: they wrap what the group renders, as they wrapped
 * what the call rendered, and neither shows when it renders nothing. A call anywhere else (a group
 * with a delimiter, which puts it between elements, a substitute, which takes the first element
 * that renders) is left as it is, as is a text with any other attribute.
 *
 * <p>A macro called in several places is written out in each, so the style grows; it is allowed to
 * grow to {@value #GROWTH} times its elements (Cite Them Right: every call; APA and
 * Chicago, whose macros call others several levels deep, would otherwise grow a hundred and a
 * thousand times), calls taken in the order they are written, round after round as calls written
 * out bring calls of their own. A macro no longer called by a text or a sort key is then dropped,
 * so that each processor parses less (Cite Them Right: 11.6 KB with its calls, 13.7 KB written
 * out).
 *
 * <p>Only what the processors of a long list are given is written out ({@link CslEngine}, once for
 * each style they are given): the mends that read the style read it with its calls (MLA's "———"
 * for a repeated author is found through the call of its author macro).
 */
final class MacroCalls {

    private static final String CSL = "http://purl.org/net/xbiblio/csl";

    /** How many times its elements a style may grow to. */
    static final int GROWTH = 3;

    private MacroCalls() {
    }

    /** {@return the style with its calls written out} */
    static String rewrite(String styleXml) {
        Document doc = StyleXml.parse(styleXml);
        rewrite(doc);
        return StyleXml.serialize(doc);
    }

    /** Rewrites the style in place. */
    static void rewrite(Document doc) {
        Map<String, Element> macros = StyleXml.macros(doc);
        int elements = elements(doc.getDocumentElement());
        int limit = GROWTH * elements;
        boolean wrote = true;
        while (wrote) {
            wrote = false;
            for (Element call : calls(doc, macros)) {
                Element macro = macros.get(call.getAttribute("macro"));
                // the macro's own element and the call go; counted as one at least, so that macros
                // that call each other and nothing else stop at the bound too
                int added = Math.max(1, elements(macro) - 2);
                if (elements + added > limit || contains(macro, call)) {
                    continue;
                }
                writeOut(macro, call);
                elements += added;
                wrote = true;
            }
        }
        dropUncalled(doc, macros);
    }

    // a macro no longer called (by a text or a sort key) only makes every processor's parse longer
    private static void dropUncalled(Document doc, Map<String, Element> macros) {
        boolean dropped = true;
        while (dropped) {
            java.util.Set<String> called = new java.util.HashSet<>();
            NodeList all = doc.getElementsByTagNameNS(CSL, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.hasAttribute("macro")) {
                    called.add(e.getAttribute("macro"));
                }
            }
            List<String> uncalled = macros.keySet().stream().filter(name -> !called.contains(name)).toList();
            for (String name : uncalled) {
                Element macro = macros.remove(name);
                macro.getParentNode().removeChild(macro);
            }
            dropped = !uncalled.isEmpty();
        }
    }

    // a <text macro> of a macro the style has, in a bare group: with no other attribute, or with
    // affixes alone and nothing else in the group
    private static List<Element> calls(Document doc, Map<String, Element> macros) {
        List<Element> calls = new ArrayList<>();
        NodeList texts = doc.getElementsByTagNameNS(CSL, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (macros.containsKey(text.getAttribute("macro")) && text.getParentNode() instanceof Element group
                    && "group".equals(group.getLocalName()) && CSL.equals(group.getNamespaceURI())
                    && group.getAttributes().getLength() == 0
                    && (text.getAttributes().getLength() == 1 || affixesAlone(text, group))) {
                calls.add(text);
            }
        }
        return calls;
    }

    private static boolean affixesAlone(Element text, Element group) {
        int affixes = (text.hasAttribute("prefix") ? 1 : 0) + (text.hasAttribute("suffix") ? 1 : 0);
        return text.getAttributes().getLength() == 1 + affixes && group.getFirstChild() == text && text.getNextSibling() == null;
    }

    // the macro's elements in place of the call, and its affixes on the group; text between the
    // elements is only layout
    private static void writeOut(Element macro, Element call) {
        Element group = (Element) call.getParentNode();
        for (String affix : List.of("prefix", "suffix")) {
            if (call.hasAttribute(affix)) {
                group.setAttribute(affix, call.getAttribute(affix));
            }
        }
        for (Node c = macro.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element) {
                group.insertBefore(c.cloneNode(true), call);
            }
        }
        group.removeChild(call);
    }

    // a macro that calls itself, which citeproc-java would render without end, is left to it
    private static boolean contains(Element macro, Element call) {
        for (Node n = call; n != null; n = n.getParentNode()) {
            if (n == macro) {
                return true;
            }
        }
        return false;
    }

    private static int elements(Element e) {
        return 1 + e.getElementsByTagNameNS("*", "*").getLength();
    }
}
