package org.shelfmark.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends citeproc-java 3.5.2's missing disambiguation by given names
 * ({@code disambiguate-add-givenname}): where citeproc-js cites {@code (M. West, 2019)} and
 * {@code (M. A. West, 2019a)}, citeproc-java gives {@code (West, 2019a)} and {@code (West, 2019b)}.
 *
 * <p>The mend works out, as CSL 1.0.2 describes, which cited first names need their given names
 * and how much of them: initials first, the full given name where initials are not enough and the
 * rule allows it. The rules {@code primary-name} and {@code primary-name-with-initials} look at
 * every name of the list; {@code by-cite}, the default, only at cites that would read alike. The
 * expanded name goes to citeproc-java as a literal name, in the items used for citations only.
 * Only the first name of a cite is expanded: the {@code all-names} rules are treated as
 * {@code primary-name} (a known difference).
 */
final class GivenNames {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final Pattern CITATION = Pattern.compile("<citation\\b([^>]*)>");
    private static final Pattern SHORT_NAME = Pattern.compile("<name\\b[^>]*\\bform=\"short\"[^>]*>");
    private static final Pattern INITIALIZE_WITH = Pattern.compile("\\binitialize-with=\"([^\"]*)\"");

    private final boolean enabled;
    private final String rule;
    private final String initializeWith;

    private GivenNames(boolean enabled, String rule, String initializeWith) {
        this.enabled = enabled;
        this.rule = rule;
        this.initializeWith = initializeWith;
    }

    static GivenNames of(String styleXml) {
        Matcher c = CITATION.matcher(styleXml);
        if (!c.find()) {
            return new GivenNames(false, "by-cite", null);
        }
        Map<String, String> attrs = StyleXml.attributes(c.group(1));
        // initialize-with is inherited: the short name element, else the citation, else the style
        String initials = attrs.get("initialize-with");
        Matcher shortName = SHORT_NAME.matcher(styleXml);
        if (shortName.find()) {
            Matcher i = INITIALIZE_WITH.matcher(shortName.group());
            initials = i.find() ? i.group(1) : initials;
        }
        if (initials == null) {
            initials = StyleXml.attributes(StyleXml.startTag(styleXml, "style")).get("initialize-with");
        }
        return new GivenNames("true".equals(attrs.get("disambiguate-add-givenname")),
                attrs.getOrDefault("givenname-disambiguation-rule", "by-cite"), initials);
    }

    /** {@return whether {@link #expand} renders the items' cites: by-cite looks at the cites that read alike} */
    boolean needsCites() {
        return enabled && rule.equals("by-cite");
    }

    /**
     * {@return the items to cite with: first names expanded where the rule asks, the rest as given}
     *
     * @param items the items
     * @param cites renders the citation of each item alone, by id
     */
    CSLItemData[] expand(CSLItemData[] items, Function<CSLItemData[], Map<String, String>> cites) {
        if (!enabled) {
            return items;
        }
        Map<String, CSLName> primary = new LinkedHashMap<>();
        for (CSLItemData item : items) {
            CSLName n = primaryName(item);
            if (n != null && n.getFamily() != null && n.getGiven() != null) {
                primary.put(item.getId(), n);
            }
        }
        // by-cite looks within each group of cites that read alike; the other rules at every first name
        Collection<List<String>> groups = rule.equals("by-cite") ? ambiguous(cites.apply(items))
                : List.of(List.copyOf(primary.keySet()));
        Map<String, String> expanded = new HashMap<>();
        groups.forEach(g -> expanded.putAll(expansions(primary, g)));
        if (expanded.isEmpty()) {
            return items;
        }
        return Arrays.stream(items).map(i -> expanded.containsKey(i.getId()) ? withLiteral(i, expanded.get(i.getId())) : i)
                .toArray(CSLItemData[]::new);
    }

    private static Collection<List<String>> ambiguous(Map<String, String> citeOf) {
        Map<String, List<String>> byCite = new HashMap<>();
        citeOf.forEach((id, cite) -> byCite.computeIfAbsent(cite, k -> new ArrayList<>()).add(id));
        return byCite.values().stream().filter(g -> g.size() > 1).toList();
    }

    // A first name is expanded when, among the candidates, another person shares its family name.
    private Map<String, String> expansions(Map<String, CSLName> primary, List<String> candidates) {
        Map<String, Set<String>> givensByFamily = new HashMap<>();
        Map<String, Set<String>> initialsByFamily = new HashMap<>();
        for (String id : candidates) {
            CSLName n = primary.get(id);
            if (n != null) {
                givensByFamily.computeIfAbsent(key(n), k -> new HashSet<>()).add(n.getGiven());
                initialsByFamily.computeIfAbsent(key(n), k -> new HashSet<>()).add(initials(n.getGiven()));
            }
        }
        Map<String, String> expanded = new HashMap<>();
        for (String id : candidates) {
            CSLName n = primary.get(id);
            if (n == null || givensByFamily.get(key(n)).size() < 2) {
                continue;
            }
            boolean initialsSuffice = initialsByFamily.get(key(n)).size() == givensByFamily.get(key(n)).size();
            boolean initialsOnly = rule.endsWith("with-initials");
            if (initialsOnly && initialsByFamily.get(key(n)).size() < 2) {
                continue; // initials that tell no one apart are not added (Anita and Anjali Patel stay "Patel")
            }
            String given = initialsOnly || initialsSuffice && initializeWith != null ? initials(n.getGiven()) : n.getGiven();
            expanded.put(id, displayOrder(given, n));
        }
        return expanded;
    }

    private static String key(CSLName n) {
        return (n.getNonDroppingParticle() == null ? "" : n.getNonDroppingParticle() + " ") + n.getFamily();
    }

    /** {@return "M. A." for "Michael A." with the style's initialize-with} */
    String initials(String given) {
        String with = initializeWith == null ? ". " : initializeWith;
        StringBuilder s = new StringBuilder();
        for (String part : SPACES.split(given.trim())) {
            String[] hyphenated = part.split("-");
            for (int h = 0; h < hyphenated.length; h++) {
                if (!hyphenated[h].isEmpty()) {
                    s.append(hyphenated[h].charAt(0)).append(h < hyphenated.length - 1 ? with.strip() + "-" : with);
                }
            }
        }
        return s.toString().strip();
    }

    private static String displayOrder(String given, CSLName n) {
        StringBuilder s = new StringBuilder(given);
        for (String part : new String[] {n.getDroppingParticle(), n.getNonDroppingParticle(), n.getFamily()}) {
            if (part != null) {
                s.append(' ').append(part);
            }
        }
        if (n.getSuffix() != null) {
            s.append(' ').append(n.getSuffix());
        }
        return s.toString();
    }

    private static CSLName primaryName(CSLItemData item) {
        CSLName[] names = item.getAuthor() != null ? item.getAuthor() : item.getEditor();
        return names == null || names.length == 0 ? null : names[0];
    }

    private static CSLItemData withLiteral(CSLItemData item, String literal) {
        boolean author = item.getAuthor() != null && item.getAuthor().length > 0;
        CSLName[] names = (author ? item.getAuthor() : item.getEditor()).clone();
        names[0] = new CSLNameBuilder().literal(literal).build();
        CSLItemDataBuilder b = new CSLItemDataBuilder(item);
        return author ? b.author(names).build() : b.editor(names).build();
    }
}
