package org.shelfmark.csl;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The variables a style's bibliography can print for an item of one type: its layout walked with
 * its macros, following a {@code choose} by the item's type where a branch asks only for types, and
 * into every branch whose other conditions (a variable present, a number) may hold either way.
 */
public final class PrintedVariables {

    private static final Set<String> CONDITIONS = Set.of("variable", "is-numeric", "is-uncertain-date", "locator",
            "position", "disambiguate");

    private final Map<String, Element> macros = new HashMap<>();
    private final Element layout;

    private PrintedVariables(Document doc) {
        Element root = doc.getDocumentElement();
        Element bibliography = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("macro")) {
                macros.put(e.getAttribute("name"), e);
            } else if (n instanceof Element e && e.getLocalName().equals("bibliography")) {
                bibliography = e;
            }
        }
        layout = bibliography == null ? null : child(bibliography, "layout");
    }

    /**
     * {@return the reader of a style's variables}
     *
     * @param styleXml the style
     */
    public static PrintedVariables of(String styleXml) {
        return new PrintedVariables(StyleXml.parse(styleXml));
    }

    /**
     * {@return the variables the bibliography can print for an item of a type, by their CSL names;
     * empty when the style has no bibliography}
     *
     * @param cslType the item's CSL type, such as {@code book}
     */
    public Set<String> forType(String cslType) {
        Set<String> out = new LinkedHashSet<>();
        if (layout != null) {
            walk(layout, cslType, out, new java.util.HashSet<>());
        }
        return out;
    }

    private void walk(Element e, String type, Set<String> out, Set<String> inMacro) {
        String name = e.getLocalName();
        if (name.equals("choose")) {
            choose(e, type, out, inMacro);
            return;
        }
        if (List.of("text", "names", "date", "number", "label").contains(name) && !e.getAttribute("variable").isEmpty()) {
            out.addAll(List.of(e.getAttribute("variable").trim().split("\\s+")));
        }
        String macro = e.getAttribute("macro");
        if (!macro.isEmpty() && macros.containsKey(macro) && inMacro.add(macro)) {
            walk(macros.get(macro), type, out, inMacro);
            inMacro.remove(macro);
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                walk(child, type, out, inMacro);
            }
        }
    }

    private void choose(Element choose, String type, Set<String> out, Set<String> inMacro) {
        for (Node n = choose.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element branch)) {
                continue;
            }
            Boolean holds = branch.getLocalName().equals("else") ? Boolean.TRUE : byType(branch, type);
            if (holds == Boolean.FALSE) {
                continue;
            }
            walkChildren(branch, type, out, inMacro);
            if (holds == Boolean.TRUE) {
                return; // a branch that surely holds: the rest are never reached
            }
        }
    }

    // TRUE or FALSE when the type alone decides the branch; null when other conditions may go either way
    private static Boolean byType(Element branch, String type) {
        boolean others = CONDITIONS.stream().anyMatch(a -> !branch.getAttribute(a).isEmpty());
        String types = branch.getAttribute("type");
        if (types.isEmpty()) {
            return null;
        }
        List<String> listed = List.of(types.trim().split("\\s+"));
        boolean isListed = listed.contains(type);
        String match = branch.getAttribute("match").isEmpty() ? "all" : branch.getAttribute("match");
        return switch (match) {
            case "any" -> isListed ? Boolean.TRUE : others ? null : Boolean.FALSE;
            case "none" -> isListed ? Boolean.FALSE : others ? null : Boolean.TRUE;
            default -> !isListed || listed.size() > 1 ? Boolean.FALSE : others ? null : Boolean.TRUE;
        };
    }

    private void walkChildren(Element e, String type, Set<String> out, Set<String> inMacro) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                walk(child, type, out, inMacro);
            }
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
