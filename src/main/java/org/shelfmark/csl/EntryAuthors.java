package org.shelfmark.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
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
 * Spares citeproc-java 3.5.2 the initials of the authors it renders in a bibliography's entries,
 * with the same output.
 *
 * <p>citeproc-java makes a given name initials ({@code StringHelper.initializeName}) every time
 * it renders the name, compiling five regular expressions each time: 2.5% of the samples of a
 * cold 10,000-reference Cite Them Right bibliography (docs/performance-log.md, the twenty-first
 * round). Where every {@code <names>} that renders authors in the bibliography inverts every
 * name alike ({@code name-as-sort-order="all"}, one {@code initialize-with}, one sort separator,
 * no {@code <name-part>} and no formatting of the name), the items the entries are rendered from
 * carry each author of a family and a given name alone as a literal name, written as citeproc-java
 * writes it there: the family name, the sort separator, and the initials made by that same
 * function, worked out once a distinct given name ({@code EntryAuthorsTest} holds the entries to
 * stock citeproc-java's). An author is never substituted, so no other name element renders it;
 * the cites are rendered from items of their own. Names with particles or suffixes are left to
 * {@link InvertedNames}, and any other name, and every style that does not render its authors
 * so, are left as they are.
 */
final class EntryAuthors {

    private static final String CSL = "http://purl.org/net/xbiblio/csl";

    private static final EntryAuthors NONE = new EntryAuthors(null, false, null);

    // attributes of a name element that change how a name is written, besides those read here
    private static final Set<String> FORMATTING = Set.of("font-style", "font-variant", "font-weight",
            "text-decoration", "vertical-align", "prefix", "suffix");

    private final String with; // null: not taken
    private final boolean onlyNormalize;
    private final String sortSeparator;

    private EntryAuthors(String with, boolean onlyNormalize, String sortSeparator) {
        this.with = with;
        this.onlyNormalize = onlyNormalize;
        this.sortSeparator = sortSeparator;
    }

    /** {@return how the style's entries write their authors, where the items can carry them written out; else none} */
    static EntryAuthors of(Document doc) {
        Element style = doc.getDocumentElement();
        Element bibliography = child(style, "bibliography");
        if (bibliography == null || child(bibliography, "sort") != null) {
            return NONE; // a sort of citeproc-java's own would key on the written names
        }
        String nameForm = inherited("name-form", null, bibliography, style);
        if (nameForm != null && !nameForm.equals("long")) {
            return NONE;
        }
        List<Element> names = new ArrayList<>();
        if (!reached(bibliography, StyleXml.macros(doc), new HashSet<>(), names)) {
            return NONE;
        }
        Set<List<Object>> seen = new HashSet<>();
        for (Element element : names) {
            if (!List.of(element.getAttribute("variable").strip().split("\\s+")).contains("author")) {
                continue;
            }
            Element name = nameOf(element);
            if (name != null && !plain(name)) {
                return NONE;
            }
            String order = inherited("name-as-sort-order", name, bibliography, style);
            String with = inherited("initialize-with", name, bibliography, style);
            String separator = sortSeparator(name, bibliography, style);
            if (!"all".equals(order) || with == null || separator.isBlank()) {
                return NONE;
            }
            seen.add(java.util.Arrays.asList(with, onlyNormalize(name, bibliography, style), separator));
        }
        if (seen.size() != 1) {
            return NONE;
        }
        List<Object> taken = seen.iterator().next();
        return new EntryAuthors((String) taken.get(0), (Boolean) taken.get(1), (String) taken.get(2));
    }

    /** {@return whether the style's authors are written out in the entries' items} */
    boolean active() {
        return with != null;
    }

    /** {@return the items the entries are rendered from, their plain authors written out; the same array where none is} */
    CSLItemData[] apply(CSLItemData[] items) {
        if (with == null) {
            return items;
        }
        Map<String, String> made = new HashMap<>();
        CSLItemData[] out = null;
        for (int i = 0; i < items.length; i++) {
            CSLName[] authors = items[i].getAuthor();
            CSLName[] written = authors == null ? null : written(authors, made);
            if (written != authors) {
                if (out == null) {
                    out = items.clone();
                }
                out[i] = new CSLItemDataBuilder(items[i]).author(written).build();
            }
        }
        return out == null ? items : out;
    }

    // the authors with each plain name written out; the same array where none is
    private CSLName[] written(CSLName[] authors, Map<String, String> made) {
        CSLName[] out = authors;
        for (int i = 0; i < authors.length; i++) {
            CSLName n = authors[i];
            if (!plain(n)) {
                continue;
            }
            String given = made.computeIfAbsent(n.getGiven(), g -> StringHelper.initializeName(g, with, onlyNormalize));
            if (given.isEmpty()) {
                continue; // citeproc-java writes no separator then
            }
            if (out == authors) {
                out = authors.clone();
            }
            out[i] = new CSLNameBuilder().literal(n.getFamily() + sortSeparator + given).build();
        }
        return out;
    }

    // a family and a given name and nothing else that citeproc-java would write or read
    private static boolean plain(CSLName n) {
        return n.getLiteral() == null && n.getFamily() != null && !n.getFamily().isEmpty() && n.getGiven() != null
                && !n.getGiven().isEmpty() && n.getDroppingParticle() == null && n.getNonDroppingParticle() == null
                && n.getSuffix() == null && n.getCommaPrefix() == null && n.getCommaSuffix() == null
                && n.getStaticOrdering() == null && n.getStaticParticles() == null && n.getParseNames() == null
                && n.getIsInstitution() == null;
    }

    // a name element of the long form with no name parts and no formatting of its own
    private static boolean plain(Element name) {
        String form = name.getAttribute("form");
        if (!form.isEmpty() && !form.equals("long")) {
            return false;
        }
        for (String attr : FORMATTING) {
            if (name.hasAttribute(attr)) {
                return false;
            }
        }
        return child(name, "name-part") == null;
    }

    // the names elements the bibliography renders, in it and in the macros it calls; false where
    // it calls one the style lacks
    private static boolean reached(Element root, Map<String, Element> macros, Set<String> seen, List<Element> out) {
        NodeList names = root.getElementsByTagNameNS(CSL, "names");
        for (int i = 0; i < names.getLength(); i++) {
            out.add((Element) names.item(i));
        }
        NodeList texts = root.getElementsByTagNameNS(CSL, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            String called = ((Element) texts.item(i)).getAttribute("macro");
            if (called.isEmpty() || !seen.add(called)) {
                continue;
            }
            Element macro = macros.get(called);
            if (macro == null || !reached(macro, macros, seen, out)) {
                return false;
            }
        }
        return true;
    }

    // The name element whose options a names element renders with: its own, or, in a substitute,
    // the one of the names element the substitute is in.
    private static Element nameOf(Element names) {
        Element owner = names;
        for (Node p = names.getParentNode(); p instanceof Element e && !e.getLocalName().equals("macro"); p = p.getParentNode()) {
            if (e.getLocalName().equals("substitute")) {
                owner = (Element) e.getParentNode();
                break;
            }
        }
        return child(owner, "name");
    }

    // an inheritable name option: the name's, the bibliography's, the style's
    private static String inherited(String attribute, Element name, Element bibliography, Element style) {
        for (Element e : new Element[] {name, bibliography, style}) {
            if (e != null && e.hasAttribute(attribute)) {
                return e.getAttribute(attribute);
            }
        }
        return null;
    }

    // The sort separator as citeproc-java merges it: a level's own overrides the one around it
    // only where it is not the default, ", " (a name's ", " inside a bibliography's "" gives "").
    private static String sortSeparator(Element name, Element bibliography, Element style) {
        for (Element e : new Element[] {name, bibliography, style}) {
            if (e != null && e.hasAttribute("sort-separator") && !e.getAttribute("sort-separator").equals(", ")) {
                return e.getAttribute("sort-separator");
            }
        }
        return ", ";
    }

    // whether initialize is false anywhere on the way down: citeproc-java merges the options so,
    // and reads any value but "true" as false
    private static boolean onlyNormalize(Element name, Element bibliography, Element style) {
        for (Element e : new Element[] {style, bibliography, name}) {
            if (e != null && e.hasAttribute("initialize") && !Boolean.parseBoolean(e.getAttribute("initialize").trim())) {
                return true;
            }
        }
        return false;
    }

    private static Element child(Element parent, String name) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
