package org.shelfmark.csl;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The item variables a macro of a style reads, in it and in the macros it calls, as conditions
 * or as text: what two macros rendered one after the other in one entry must not share, since
 * citeproc-java leaves out of the rest of an entry a variable that a {@code <substitute>} has
 * rendered. A short form counts as its long one ({@code title-short} as {@code title}).
 */
final class MacroVariables {

    private static final String CSL_NS = "http://purl.org/net/xbiblio/csl";
    // what makes a macro's text depend on more than its item's variables, or on what an element
    // before it rendered: citeproc-java puts the label last rendered before each part of a
    // locator or number (SText, RenderContext.getLastLabelRendered)
    private static final Set<String> CONTEXT = Set.of("citation-number", "citation-label",
            "first-reference-note-number", "locator", "number");
    private static final List<String> CONTEXT_ATTRIBUTES = List.of("position", "disambiguate", "locator");
    private static final List<String> VARIABLE_ATTRIBUTES = List.of("variable", "is-numeric", "is-uncertain-date");

    private MacroVariables() {
    }

    /**
     * {@return the variables the macro reads, or null where it calls a macro the style lacks, or
     * its text may depend on more than its item's variables}
     *
     * @param doc   the style, as it will be rendered
     * @param macro the name of the macro
     */
    static Set<String> of(Document doc, String macro) {
        Map<String, Element> macros = StyleXml.macros(doc);
        Set<String> variables = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(macro));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            Element m = macros.get(name);
            if (m == null) {
                return null;
            }
            if (seen.add(name) && !read(m, variables, todo)) {
                return null;
            }
        }
        return variables.stream().anyMatch(CONTEXT::contains) ? null : Set.copyOf(variables);
    }

    // the variables named in one macro into variables, the macros it calls into todo; false where it depends on the context
    private static boolean read(Element macro, Set<String> variables, Deque<String> todo) {
        NodeList all = macro.getElementsByTagNameNS(CSL_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (CONTEXT_ATTRIBUTES.stream().anyMatch(e::hasAttribute)) {
                return false;
            }
            if (e.hasAttribute("macro")) {
                todo.push(e.getAttribute("macro"));
            }
            for (String attribute : VARIABLE_ATTRIBUTES) {
                Arrays.stream(e.getAttribute(attribute).trim().split("\\s+")).filter(v -> !v.isEmpty())
                        .map(v -> v.endsWith("-short") ? v.substring(0, v.length() - "-short".length()) : v)
                        .forEach(variables::add);
            }
        }
        return true;
    }
}
