package org.shelfmark.csl;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Mends citeproc-java 3.5.2's missing disambiguation by year suffix.
 *
 * <p>citeproc-java renders {@code (The King's Fund, 2022)} for two works of the same author and
 * year, where a style with {@code disambiguate-add-year-suffix} (Cite Them Right, APA, ...) and
 * citeproc-js give {@code 2022a} and {@code 2022b}. citeproc-java does print an item's
 * {@code year-suffix} when it is set, so the mend sets it: works whose citations read the same
 * get a, b, c, ... in the order of the bibliography, as CSL 1.0.2 asks.
 */
final class YearSuffixes {

    private YearSuffixes() {
    }

    /**
     * {@return the year suffix of each item whose citation would read like another's, by id}
     *
     * @param items     the items, as they will be cited
     * @param processor makes a plain-text processor for some items
     */
    static Map<String, String> of(CSLItemData[] items, Function<CSLItemData[], CSL> processor) {
        return of(items, processor, Map.of());
    }

    /**
     * {@return the year suffix of each item whose citation would read like another's, by id}
     *
     * @param items     the items, as they will be cited
     * @param processor makes a plain-text processor for some items
     * @param cited     the cites of items that are rendered otherwise (with more names), by id
     */
    static Map<String, String> of(CSLItemData[] items, Function<CSLItemData[], CSL> processor, Map<String, String> cited) {
        CSL csl = processor.apply(items);
        String[] ids = Arrays.stream(items).map(CSLItemData::getId).toArray(String[]::new);
        csl.registerCitationItems(ids);
        Map<String, String> citeOf = new LinkedHashMap<>();
        for (String id : ids) {
            citeOf.put(id, TitleCase.resolve(csl.makeCitation(id).get(0).getText(), true));
        }
        citeOf.putAll(cited);
        // The registered items are kept in the bibliography's sort order.
        List<String> order = csl.getRegisteredItems().stream().map(CSLItemData::getId).toList();
        return suffixes(order, citeOf);
    }

    /**
     * {@return the year suffix of each item whose cite reads like another's, by id}
     *
     * @param order  the ids in the bibliography's order, which the suffixes follow
     * @param citeOf each item's cite, by id
     */
    static Map<String, String> of(List<String> order, Map<String, String> citeOf) {
        return suffixes(order, citeOf);
    }

    /** {@return the items, each with its year suffix set} */
    static CSLItemData[] apply(CSLItemData[] items, Map<String, String> suffixOf) {
        if (suffixOf.isEmpty()) {
            return items;
        }
        return Arrays.stream(items)
                .map(i -> suffixOf.containsKey(i.getId())
                        ? new CSLItemDataBuilder(i).yearSuffix(suffixOf.get(i.getId())).build() : i)
                .toArray(CSLItemData[]::new);
    }

    private static Map<String, String> suffixes(List<String> order, Map<String, String> citeOf) {
        Map<String, List<String>> groups = order.stream()
                .collect(Collectors.groupingBy(citeOf::get, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> suffixOf = new LinkedHashMap<>();
        for (List<String> group : groups.values()) {
            if (group.size() > 1) {
                for (int i = 0; i < group.size(); i++) {
                    suffixOf.put(group.get(i), letters(i));
                }
            }
        }
        return suffixOf;
    }

    /**
     * {@return rendered text with year suffixes after the first rendering of each item's year,
     * for styles that do not place {@code year-suffix} themselves (CSL 1.0.2 puts it there;
     * citeproc-java leaves it out)}
     *
     * @param text     the rendered entry or cite
     * @param yearOf   each item's year, by id
     * @param suffixOf each item's suffix, by id
     * @param ids      the items the text renders
     */
    static String placeAfterYear(String text, Map<String, Integer> yearOf, Map<String, String> suffixOf, List<String> ids) {
        String out = text;
        int from = 0; // the items stand in the text in the order given: each year is sought after the last
        for (String id : ids) {
            Integer year = yearOf.get(id);
            if (year == null) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![0-9])" + year + "(?![0-9a-z])").matcher(out);
            if (m.find(from)) {
                String suffix = suffixOf.getOrDefault(id, "");
                out = out.substring(0, m.end()) + suffix + out.substring(m.end());
                from = m.end() + suffix.length();
            }
        }
        return out;
    }

    /** {@return a, b, ..., z, aa, ab, ... as citeproc-js counts them} */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        int n = index;
        do {
            s.insert(0, (char) ('a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s.toString();
    }
}
