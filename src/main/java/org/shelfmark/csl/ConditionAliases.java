package org.shelfmark.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Mends citeproc-java 3.5.2's conditions after a substitution: once a variable has stood in for
 * the author ({@code <substitute>}), citeproc-java treats it as empty for the rest of the entry,
 * in {@code <if variable>} too, where citeproc-js still sees it. Chicago puts {@code composer}
 * first and the author in its substitute, so every later test of {@code author} failed: reviews
 * read {@code Unsigned review of}, encyclopedia entries lost their {@code In}.
 *
 * <p>The style handed to citeproc-java tests, in place of such a variable, an alias: a variable
 * the style never uses, which each item carries (as {@code "x"}) when it has the variable. The
 * aliases are few (the variables no style renders, such as {@code ISBN} where the style prints
 * none), so the variables most often substituted get them first; the others keep citeproc-java's
 * reading.
 */
final class ConditionAliases {

    private static final String CSL = "http://purl.org/net/xbiblio/csl";

    // variables citeproc-java stores and the conformance styles never print; each can stand for one
    // variable (or, for PageLabels, one mark)
    static final List<String> POOL = List.of("ISBN", "ISSN", "PMID", "PMCID", "call-number", "annote",
            "abstract", "keyword", "jurisdiction", "source", "number-of-pages");

    // the variables that most often stand in for an author, first
    private static final List<String> PRIORITY = List.of("author", "container-title", "title", "editor", "translator",
            "publisher", "collection-editor", "director", "compiler", "contributor", "container-author", "composer",
            "editorial-director", "illustrator", "interviewer", "recipient", "reviewed-author", "chair", "curator",
            "executive-producer", "organizer", "producer", "original-author", "performer", "authority");

    private final Map<String, String> aliasOf;
    private final List<String> spare; // the aliases left for other marks (PageLabels)

    private ConditionAliases(Map<String, String> aliasOf, List<String> spare) {
        this.aliasOf = aliasOf;
        this.spare = spare;
    }

    /** {@return the aliases a style needs, its conditions rewritten in place to test them} */
    static ConditionAliases rewrite(Document doc) {
        Set<String> used = used(doc);
        Set<String> tested = new HashSet<>();
        List<Element> conditions = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS(CSL, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if ((e.getLocalName().equals("if") || e.getLocalName().equals("else-if")) && e.hasAttribute("variable")) {
                conditions.add(e);
                tested.addAll(words(e.getAttribute("variable")));
            }
        }
        List<String> free = POOL.stream().filter(v -> !used.contains(v)).toList();
        List<String> wanted = substituted(doc).stream().filter(tested::contains).filter(PRIORITY::contains)
                .sorted(Comparator.comparingInt(PRIORITY::indexOf)).toList();
        Map<String, String> aliasOf = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(free.size(), wanted.size()); i++) {
            aliasOf.put(wanted.get(i), free.get(i));
        }
        List<String> spare = free.subList(aliasOf.size(), free.size());
        if (aliasOf.isEmpty()) {
            return new ConditionAliases(Map.of(), spare);
        }
        for (Element condition : conditions) {
            condition.setAttribute("variable", String.join(" ", words(condition.getAttribute("variable")).stream()
                    .map(v -> aliasOf.getOrDefault(v, v)).toList()));
        }
        return new ConditionAliases(Map.copyOf(aliasOf), spare);
    }

    /** {@return no aliases, every variable of the pool that the style does not use to spare: a style's conditions left as they are} */
    static ConditionAliases unused(Document doc) {
        Set<String> used = used(doc);
        return new ConditionAliases(Map.of(), POOL.stream().filter(v -> !used.contains(v)).toList());
    }

    /** {@return the first variable that can be an alias and that neither the style nor these aliases use, or null} */
    String spare() {
        return spare.isEmpty() ? null : spare.get(0);
    }

    // the variables a style names anywhere: rendered, tested or sorted on
    private static Set<String> used(Document doc) {
        Set<String> used = new HashSet<>();
        NodeList all = doc.getElementsByTagNameNS(CSL, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String attribute : new String[] {"variable", "is-numeric", "is-uncertain-date"}) {
                used.addAll(words(e.getAttribute(attribute)));
            }
        }
        return used;
    }

    /** {@return the items, each with the aliases of the variables it has} */
    CSLItemData[] apply(CSLItemData[] items) {
        if (aliasOf.isEmpty()) {
            return items;
        }
        return Arrays.stream(items).map(item -> {
            CSLItemDataBuilder b = new CSLItemDataBuilder(item);
            aliasOf.forEach((variable, alias) -> mark(b, alias, value(item, variable) != null ? "x" : null));
            return b.build();
        }).toArray(CSLItemData[]::new);
    }

    // the variables an alias can stand for (those of PRIORITY that citeproc-java stores)
    private static Object value(CSLItemData i, String variable) {
        return switch (variable) {
            case "author" -> i.getAuthor();
            case "container-title" -> i.getContainerTitle();
            case "title" -> i.getTitle();
            case "editor" -> i.getEditor();
            case "translator" -> i.getTranslator();
            case "publisher" -> i.getPublisher();
            case "collection-editor" -> i.getCollectionEditor();
            case "director" -> i.getDirector();
            case "compiler" -> i.getCompiler();
            case "contributor" -> i.getContributor();
            case "container-author" -> i.getContainerAuthor();
            case "composer" -> i.getComposer();
            case "editorial-director" -> i.getEditorialDirector();
            case "illustrator" -> i.getIllustrator();
            case "interviewer" -> i.getInterviewer();
            case "recipient" -> i.getRecipient();
            case "reviewed-author" -> i.getReviewedAuthor();
            case "chair" -> i.getChair();
            case "curator" -> i.getCurator();
            case "executive-producer" -> i.getExecutiveProducer();
            case "organizer" -> i.getOrganizer();
            case "producer" -> i.getProducer();
            case "original-author" -> i.getOriginalAuthor();
            case "performer" -> i.getPerformer();
            case "authority" -> i.getAuthority();
            default -> null;
        };
    }

    /** {@return what an item holds in a variable that can be an alias} */
    static String marked(CSLItemData i, String alias) {
        return switch (alias) {
            case "ISBN" -> i.getISBN();
            case "ISSN" -> i.getISSN();
            case "PMID" -> i.getPMID();
            case "PMCID" -> i.getPMCID();
            case "call-number" -> i.getCallNumber();
            case "annote" -> i.getAnnote();
            case "abstract" -> i.getAbstrct();
            case "keyword" -> i.getKeyword();
            case "jurisdiction" -> i.getJurisdiction();
            case "source" -> i.getSource();
            default -> i.getNumberOfPages();
        };
    }

    // an alias has the mark where the item has the variable, and nothing else: the item's own
    // value, which the style never prints, would read as the variable
    static void mark(CSLItemDataBuilder b, String alias, String mark) {
        switch (alias) {
            case "ISBN" -> b.ISBN(mark);
            case "ISSN" -> b.ISSN(mark);
            case "PMID" -> b.PMID(mark);
            case "PMCID" -> b.PMCID(mark);
            case "call-number" -> b.callNumber(mark);
            case "annote" -> b.annote(mark);
            case "abstract" -> b.abstrct(mark);
            case "keyword" -> b.keyword(mark);
            case "jurisdiction" -> b.jurisdiction(mark);
            case "source" -> b.source(mark);
            default -> b.numberOfPages(mark);
        }
    }

    // the variables a <substitute> may render, itself or through the macros it calls
    private static Set<String> substituted(Document doc) {
        Map<String, Element> macros = StyleXml.macros(doc);
        Set<String> variables = new HashSet<>();
        Set<String> seen = new HashSet<>();
        NodeList substitutes = doc.getElementsByTagNameNS(CSL, "substitute");
        for (int i = 0; i < substitutes.getLength(); i++) {
            collect((Element) substitutes.item(i), macros, seen, variables);
        }
        return variables;
    }

    private static void collect(Element root, Map<String, Element> macros, Set<String> seen, Set<String> variables) {
        NodeList inside = root.getElementsByTagNameNS(CSL, "*");
        for (int i = 0; i < inside.getLength(); i++) {
            Element e = (Element) inside.item(i);
            String name = e.getLocalName();
            if (!name.equals("if") && !name.equals("else-if")) {
                variables.addAll(words(e.getAttribute("variable")));
            }
            String macro = e.getAttribute("macro");
            if (name.equals("text") && !macro.isEmpty() && macros.containsKey(macro) && seen.add(macro)) {
                collect(macros.get(macro), macros, seen, variables);
            }
        }
    }

    private static List<String> words(String attribute) {
        return attribute.isBlank() ? List.of() : List.of(attribute.strip().split("\\s+"));
    }
}
