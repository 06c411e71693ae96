package org.shelfmark.csl;

import de.undercouch.citeproc.bibtex.PageParser;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Spares citeproc-java 3.5.2 its page parser where a style labels pages, with the same output.
 *
 * <p>citeproc-java decides whether a {@code <label variable="page">} reads "p." or "pp." by
 * parsing the item's pages with a parser of ANTLR's, made anew for every label it renders: 5,473
 * parses in a cold Cite Them Right bibliography of 10,000 references, 1.5% of its CPU samples,
 * besides the compiling of ANTLR's code. Without them the bibliography took 1.404 s against
 * 1.371 s and 1.944 s against 1.904 s, 73 to 90 ms less CPU (src/bench/ab.sh 21, the commits
 * before and after; docs/performance-log.md, the twenty-first round).
 *
 * <p>The style handed to citeproc-java has such a label as a choice between two terms, shown
 * only when the item has pages, as the label would be: the page term itself where one page is
 * given, and a twin of it where more are, a term that reads as the page term's plural in every
 * form, in the locale file and in the style's own locales alike ({@link #TWIN}). Which of the two
 * an item takes is marked on the item, as an alias of {@link ConditionAliases}: the decision is
 * the parser's own, made here once an item, and without the parser for a number or a range of
 * two numbers, where its answer is known ({@link #multiple(String)}; {@code PageLabelsTest}
 * holds the two to each other and the output to stock citeproc-java's).
 *
 * <p>Only labels that citeproc-java renders as a term alone are taken: of the form, affixes and
 * text case, which a {@code <text term>} renders as a label does, with the pages themselves
 * rendered beside them or in a group beside them ({@code <label variable="page"/><text
 * variable="page"/>}, as in nearly every style), so that a group holding them is shown or left
 * out as before. A label that strips periods or says {@code plural="always"}, and the labels of
 * a style with no alias to spare, are left as they are.
 */
final class PageLabels {

    private static final String CSL = "http://purl.org/net/xbiblio/csl";

    /** The name of the term that reads as the page term's plural. */
    static final String TWIN = "shelfmark-pages";

    // the attributes a label may have and still be rendered as a term
    private static final Set<String> TAKEN = Set.of("variable", "form", "prefix", "suffix", "text-case", "plural");

    // a page term of a locale file: its attributes, then what it holds
    private static final Pattern LOCALE_TERM = Pattern.compile("<term name=\"page\"((?:\\s+[a-z-]+=\"[^\"]*\")*)\\s*>(.*?)</term>",
            Pattern.DOTALL);
    private static final Pattern MULTIPLE = Pattern.compile("<multiple>([^<]*)</multiple>");

    private static final PageLabels NONE = new PageLabels(null);

    private final String alias;

    private PageLabels(String alias) {
        this.alias = alias;
    }

    /**
     * {@return the labels of pages that a style's rewriting took, rewritten in place, or none}
     *
     * @param doc     the style, its conditions already rewritten by the aliases
     * @param aliases the aliases of the style's conditions, which leave this one to spare, or not
     */
    static PageLabels rewrite(Document doc, ConditionAliases aliases) {
        List<Element> labels = takenLabels(doc);
        String alias = aliases.spare();
        if (labels.isEmpty() || alias == null) {
            return NONE;
        }
        labels.forEach(label -> replace(label, alias));
        twinStyleTerms(doc);
        return new PageLabels(alias);
    }

    /** {@return whether the style's labels were taken, so that its locale and items need the twin and the marks} */
    boolean active() {
        return alias != null;
    }

    /** {@return a locale file with a twin after each page term, when the labels were taken} */
    String locale(String localeXml) {
        if (alias == null) {
            return localeXml;
        }
        return LOCALE_TERM.matcher(localeXml).replaceAll(m -> Matcher.quoteReplacement(
                m.group() + "<term name=\"" + TWIN + "\"" + m.group(1) + ">" + twinned(m.group(2)) + "</term>"));
    }

    /**
     * {@return the items, in place, when the labels were taken: those of more than one page
     * marked, and the others without a value of their own in the variable that marks them, which
     * the style never prints and would read as the mark}
     */
    CSLItemData[] apply(CSLItemData[] items) {
        if (alias == null) {
            return items;
        }
        for (int i = 0; i < items.length; i++) {
            String page = items[i].getPage();
            String mark = page != null && multiple(page) ? "x" : null;
            if (!java.util.Objects.equals(mark, ConditionAliases.marked(items[i], alias))) {
                CSLItemDataBuilder b = new CSLItemDataBuilder(items[i]);
                ConditionAliases.mark(b, alias, mark);
                items[i] = b.build();
            }
        }
        return items;
    }

    /**
     * {@return whether citeproc-java's page parser reads more than one page} A number is one page,
     * and two numbers of up to nine digits joined by a hyphen or an en dash a range, even of one
     * page ({@code 12-12}), as the parser has it (a number too large for an {@code int} makes the
     * parser read the whole as one page); anything else is asked of the parser.
     */
    static boolean multiple(String page) {
        int n = page.length();
        int first = digits(page, 0);
        if (first > 0 && first == n) {
            return false;
        }
        if (first > 0 && first <= 9 && first < n - 1 && (page.charAt(first) == '-' || page.charAt(first) == '\u2013')
                && digits(page, first + 1) == n && n - first - 1 <= 9) {
            return true;
        }
        return PageParser.parse(page).isMultiplePages();
    }

    // the index after the ASCII digits from one
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i == from ? -1 : i;
    }

    private static List<Element> takenLabels(Document doc) {
        NodeList all = doc.getElementsByTagNameNS(CSL, "label");
        List<Element> taken = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element label = (Element) all.item(i);
            if ("page".equals(label.getAttribute("variable")) && takenAttributes(label)
                    && List.of("", "contextual").contains(label.getAttribute("plural")) && besidePages(label)) {
                taken.add(label);
            }
        }
        return taken;
    }

    // Whether the pages are rendered wherever the label is: beside it, or in a group beside it.
    // citeproc-java's label fetches the pages as a variable does, which a group counts (shown only
    // where a variable it calls is not empty) and a term does not; with the pages themselves
    // fetched too, and every group around them counting that, each decides the same with the label
    // or without it.
    private static boolean besidePages(Element label) {
        return rendersPages((Element) label.getParentNode());
    }

    private static boolean rendersPages(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ("text".equals(e.getLocalName()) && "page".equals(e.getAttribute("variable"))
                    || "group".equals(e.getLocalName()) && rendersPages(e))) {
                return true;
            }
        }
        return false;
    }

    private static boolean takenAttributes(Element label) {
        for (int i = 0; i < label.getAttributes().getLength(); i++) {
            if (!TAKEN.contains(label.getAttributes().item(i).getNodeName())) {
                return false;
            }
        }
        return true;
    }

    // <label variable="page" form="short" suffix=" "/> becomes
    // <choose><if variable="ALIAS page" match="all"><text term="shelfmark-pages" form="short" suffix=" "/></if>
    // <else-if variable="page"><text term="page" form="short" suffix=" "/></else-if></choose>
    // (the pages tested in both branches, as citeproc-java has an item without them once a
    // <substitute> has rendered them, and the label then shows nothing)
    private static void replace(Element label, String alias) {
        Document doc = label.getOwnerDocument();
        Element choose = doc.createElementNS(CSL, "choose");
        Element plural = branch(label, "if", alias + " page", TWIN);
        plural.setAttribute("match", "all");
        choose.appendChild(plural);
        choose.appendChild(branch(label, "else-if", "page", "page"));
        label.getParentNode().replaceChild(choose, label);
    }

    private static Element branch(Element label, String name, String variables, String term) {
        Document doc = label.getOwnerDocument();
        Element branch = doc.createElementNS(CSL, name);
        branch.setAttribute("variable", variables);
        Element text = doc.createElementNS(CSL, "text");
        text.setAttribute("term", term);
        for (String attr : new String[] {"form", "prefix", "suffix", "text-case"}) {
            if (label.hasAttribute(attr)) {
                text.setAttribute(attr, label.getAttribute(attr));
            }
        }
        branch.appendChild(text);
        return branch;
    }

    // a twin after each page term of the style's own locales
    private static void twinStyleTerms(Document doc) {
        NodeList terms = doc.getElementsByTagNameNS(CSL, "term");
        List<Element> pages = new ArrayList<>();
        for (int i = 0; i < terms.getLength(); i++) {
            Element term = (Element) terms.item(i);
            if ("page".equals(term.getAttribute("name"))) {
                pages.add(term);
            }
        }
        for (Element page : pages) {
            Element twin = (Element) page.cloneNode(true);
            twin.setAttribute("name", TWIN);
            Element multiple = child(page, "multiple");
            if (multiple != null) {
                while (twin.getFirstChild() != null) {
                    twin.removeChild(twin.getFirstChild());
                }
                Element single = doc.createElementNS(CSL, "single");
                single.setTextContent(multiple.getTextContent());
                twin.appendChild(single);
            }
            page.getParentNode().insertBefore(twin, page.getNextSibling());
        }
    }

    // the last child element of a name, as citeproc-java reads a term's
    private static Element child(Element parent, String name) {
        Element found = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getNodeName())) {
                found = e;
            }
        }
        return found;
    }

    // what a twin holds: the plural as its one form where the term has a plural; else the term
    // as it is, whose plural is its singular
    private static String twinned(String inner) {
        Matcher m = MULTIPLE.matcher(inner);
        String plural = null;
        while (m.find()) {
            plural = m.group(1);
        }
        return plural == null ? inner : "<single>" + plural + "</single>";
    }
}
