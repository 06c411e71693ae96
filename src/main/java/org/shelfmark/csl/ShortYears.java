package org.shelfmark.csl;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends citeproc-java 3.5.2's {@code <date-part name="year" form="short"/>}, which it prints in
 * full: Elsevier's Harvard writes an accessed date as {@code 11.25.26}, citeproc-java as
 * {@code 11.25.2026}.
 *
 * <p>Where a style prints a date variable's year only in the short form, the items carry that
 * year as its last two digits, and the locale handed to citeproc-java has no "AD" term, which it
 * would add to a year below 1000 (so such a style loses "AD" on truly ancient dates). Years whose
 * last two digits are below 10 are left whole, since citeproc-java would print {@code 5}, not
 * {@code 05} (a known difference).
 */
final class ShortYears {

    private static final Pattern DATE = Pattern.compile("<date\\b([^>]*?)(/>|>(.*?)</date>)", Pattern.DOTALL);
    private static final Pattern YEAR_PART = Pattern.compile("<date-part\\b[^>]*\\bname=\"year\"[^>]*>");

    private static final Map<String, Function<CSLItemData, CSLDate>> GET = Map.of(
            "accessed", CSLItemData::getAccessed, "issued", CSLItemData::getIssued);
    private static final Map<String, BiFunction<CSLItemDataBuilder, CSLDate, CSLItemDataBuilder>> SET = Map.of(
            "accessed", CSLItemDataBuilder::accessed, "issued", CSLItemDataBuilder::issued);

    private final Set<String> variables;

    private ShortYears(Set<String> variables) {
        this.variables = variables;
    }

    static ShortYears of(String styleXml) {
        Map<String, Boolean> onlyShort = new HashMap<>();
        Matcher m = DATE.matcher(styleXml);
        while (m.find()) {
            String variable = StyleXml.attributes(m.group(1)).get("variable");
            if (variable == null || !GET.containsKey(variable)) {
                continue;
            }
            boolean isShort = m.group(3) != null && !m.group(1).contains("form=") && yearsAreShort(m.group(3));
            onlyShort.merge(variable, isShort, Boolean::logicalAnd);
        }
        return new ShortYears(Set.copyOf(onlyShort.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList()));
    }

    private static boolean yearsAreShort(String parts) {
        Matcher year = YEAR_PART.matcher(parts);
        boolean any = false;
        while (year.find()) {
            if (!year.group().contains("form=\"short\"")) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** {@return whether any date of the style is mended} */
    boolean active() {
        return !variables.isEmpty();
    }

    // citeproc-java reads an empty term as "null", so the term becomes a mark taken out after rendering
    private static final String ERA_MARK = "\uE030";

    /** {@return the locale with a mark for the "AD" that citeproc-java puts after a year below 1000} */
    static String withoutEra(String localeXml) {
        return localeXml.replaceAll("<term name=\"ad\">[^<]*</term>", "<term name=\"ad\">" + ERA_MARK + "</term>");
    }

    /** {@return rendered text without the era mark} */
    static String removeEra(String rendered) {
        return rendered.replace(ERA_MARK, "");
    }

    CSLItemData[] apply(CSLItemData[] items) {
        if (variables.isEmpty()) {
            return items;
        }
        return Arrays.stream(items).map(this::apply).toArray(CSLItemData[]::new);
    }

    private CSLItemData apply(CSLItemData item) {
        CSLItemData out = item;
        for (String variable : variables) {
            CSLDate date = GET.get(variable).apply(out);
            if (date != null && date.getDateParts() != null && date.getDateParts().length > 0 && date.getDateParts()[0][0] % 100 >= 10) {
                int[][] parts = Arrays.stream(date.getDateParts()).map(p -> {
                    int[] copy = p.clone();
                    copy[0] = copy[0] % 100;
                    return copy;
                }).toArray(int[][]::new);
                out = SET.get(variable).apply(new CSLItemDataBuilder(out), new CSLDateBuilder(date).dateParts(parts).build()).build();
            }
        }
        return out;
    }
}
