package org.shelfmark.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.helper.StringHelper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Given names made initials once a name, before citeproc-java renders them, where a style renders
 * some macro in its bibliography with every name initialized alike.
 *
 * <p>citeproc-java 3.5.2 makes a given name initials ({@code StringHelper.initializeName}) every
 * time it renders the name, and each time compiles five regular expressions: in a 10,000-reference
 * Cite Them Right bibliography, two fifths of the samples that render its sort keys. Where
 * every name the macro renders in full has the same {@code initialize-with} and {@code initialize},
 * the items are given each given name as that same function makes it, worked out once a distinct
 * name, and the style renders them without {@code initialize-with}: the text is the same, since
 * citeproc-java passes a given name through untouched when there is nothing to initialize with.
 *
 * @param with          what follows each initial, as the style gives it
 * @param onlyNormalize whether initials a name has are only set apart, its full names kept
 *                      ({@code initialize="false"})
 */
record Initials(String with, boolean onlyNormalize) {

    private static final String CSL_NS = "http://purl.org/net/xbiblio/csl";

    // the name variables apply() gives initials to
    private static final Set<String> VARIABLES = Set.of("author", "editor", "translator");

    // equals and hashCode written out: a record's own are linked at their first call through
    // java.lang.runtime.ObjectMethods, 39 to 63 ms of a cold start on the thread that makes the
    // style's engine, which every rendering command waits for
    @Override
    public boolean equals(Object o) {
        return o instanceof Initials other && java.util.Objects.equals(with, other.with) && onlyNormalize == other.onlyNormalize;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(with) * 31 + Boolean.hashCode(onlyNormalize);
    }

    /**
     * {@return how the macro's names are initialized when it is rendered in the bibliography of
     * the style, or null where none is, or they are not all alike, or it renders other names}
     *
     * @param doc   the style, as it will be rendered
     * @param macro the name of the macro
     */
    static Initials of(Document doc, String macro) {
        return of(doc, List.of(macro));
    }

    /**
     * {@return how the names of some macros are initialized when they are rendered side by side
     * in the bibliography of the style, as {@link #of(Document, String)} gives it for one}
     *
     * @param doc    the style, as it will be rendered
     * @param called the names of the macros
     */
    static Initials of(Document doc, List<String> called) {
        Map<String, Element> macros = StyleXml.macros(doc);
        List<Element> names = new ArrayList<>();
        for (String macro : called) {
            if (!reachedNames(macro, macros, new HashSet<>(), names)) {
                return null;
            }
        }
        Element style = doc.getDocumentElement();
        Element bibliography = (Element) doc.getElementsByTagNameNS(CSL_NS, "bibliography").item(0);
        Set<Initials> seen = new HashSet<>();
        for (Element element : names) {
            Element name = nameOf(element);
            String form = name == null ? "" : name.getAttribute("form");
            if (form.equals("short") || form.equals("count")) {
                continue; // no given name shown
            }
            if (!form.isEmpty() && !form.equals("long") || !VARIABLES.containsAll(variables(element))) {
                return null;
            }
            seen.add(new Initials(with(style, bibliography, name), onlyNormalize(style, bibliography, name)));
        }
        if (seen.size() != 1) {
            return null;
        }
        Initials initials = seen.iterator().next();
        return initials.with() == null ? null : initials;
    }

    /** Drops every {@code initialize-with} of the style: the items carry their initials. */
    static void strip(Document doc) {
        NodeList all = doc.getElementsByTagNameNS(CSL_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            ((Element) all.item(i)).removeAttribute("initialize-with"); // the style element's too
        }
    }

    /**
     * {@return the items with the given names of their authors, editors and translators as
     * citeproc-java would render them; a name that repeats is worked out once}
     */
    CSLItemData[] apply(CSLItemData[] items) {
        Map<String, String> made = new HashMap<>();
        CSLItemData[] out = new CSLItemData[items.length];
        for (int i = 0; i < items.length; i++) {
            CSLItemData item = items[i];
            if (item.getAuthor() == null && item.getEditor() == null && item.getTranslator() == null) {
                out[i] = item;
                continue;
            }
            CSLItemDataBuilder b = new CSLItemDataBuilder(item);
            if (item.getAuthor() != null) {
                b.author(initialized(item.getAuthor(), made));
            }
            if (item.getEditor() != null) {
                b.editor(initialized(item.getEditor(), made));
            }
            if (item.getTranslator() != null) {
                b.translator(initialized(item.getTranslator(), made));
            }
            out[i] = b.build();
        }
        return out;
    }

    private CSLName[] initialized(CSLName[] names, Map<String, String> made) {
        CSLName[] out = new CSLName[names.length];
        for (int i = 0; i < names.length; i++) {
            CSLName n = names[i];
            // citeproc-java initializes a given name only beside a family name, never a literal's
            if (n.getLiteral() != null || n.getFamily() == null || n.getGiven() == null) {
                out[i] = n;
                continue;
            }
            String given = made.computeIfAbsent(n.getGiven(), g -> StringHelper.initializeName(g, with, onlyNormalize));
            out[i] = new CSLName(n.getFamily(), given, n.getDroppingParticle(), n.getNonDroppingParticle(), n.getSuffix(),
                    n.getCommaPrefix(), n.getCommaSuffix(), n.getStaticOrdering(), n.getStaticParticles(), null,
                    n.getParseNames(), n.getIsInstitution());
        }
        return out;
    }

    // the names elements a macro renders, in it and in the macros it calls; false where it calls one the style lacks
    private static boolean reachedNames(String macro, Map<String, Element> macros, Set<String> seen, List<Element> out) {
        Element m = macros.get(macro);
        if (m == null) {
            return false;
        }
        if (!seen.add(macro)) {
            return true;
        }
        NodeList names = m.getElementsByTagNameNS(CSL_NS, "names");
        for (int i = 0; i < names.getLength(); i++) {
            out.add((Element) names.item(i));
        }
        NodeList texts = m.getElementsByTagNameNS(CSL_NS, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            String called = ((Element) texts.item(i)).getAttribute("macro");
            if (!called.isEmpty() && !reachedNames(called, macros, seen, out)) {
                return false;
            }
        }
        return true;
    }

    // The name element whose options a names element renders with: its own, or, in a substitute,
    // the one of the names element the substitute is in (citeproc-java renders substitutes so).
    private static Element nameOf(Element names) {
        Element owner = names;
        Node parent = names.getParentNode();
        while (parent instanceof Element e && !e.getLocalName().equals("macro")) {
            if (e.getLocalName().equals("substitute")) {
                owner = (Element) e.getParentNode();
                break;
            }
            parent = parent.getParentNode();
        }
        for (Node c = owner.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && "name".equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<String> variables(Element names) {
        String v = names.getAttribute("variable").strip();
        return v.isEmpty() ? List.of("") : List.of(v.split("\\s+"));
    }

    // the nearest initialize-with: the name's, the bibliography's, the style's
    private static String with(Element style, Element bibliography, Element name) {
        for (Element e : new Element[] {name, bibliography, style}) {
            if (e != null && e.hasAttribute("initialize-with")) {
                return e.getAttribute("initialize-with");
            }
        }
        return null;
    }

    // whether initialize is false anywhere on the way down: citeproc-java merges the options so,
    // and reads any value but "true" as false
    private static boolean onlyNormalize(Element style, Element bibliography, Element name) {
        for (Element e : new Element[] {style, bibliography, name}) {
            if (e != null && e.hasAttribute("initialize") && !Boolean.parseBoolean(e.getAttribute("initialize").trim())) {
                return true;
            }
        }
        return false;
    }
}
