package org.shelfmark.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Mends citeproc-java 3.5.2's {@code <number form="ordinal">}, which it prints as a plain number:
 * {@code 2 edn.} where Cite Them Right and citeproc-js give {@code 2nd edn.}
 *
 * <p>The mend writes the ordinal into the item before rendering, with the locale's ordinal terms
 * and the CSL 1.0.2 matching rules (whole number, last two digits, last digit; the gender of the
 * variable's term). It does so only for a variable that the style prints with one ordinal form
 * and tests with {@code is-numeric}, so that a numeric value always takes the {@code <number>}
 * branch, and only for a value that is a plain number. citeproc-java counts {@code 2nd} as
 * numeric, so the style's tests still choose that branch.
 */
final class Ordinals {

    private static final Pattern NUMBER_ELEMENT = Pattern.compile("<number\\b([^>]*)/?>");
    private static final Pattern DIGITS = Pattern.compile("\\s*([0-9]{1,9})\\s*");

    /** One ordinal term: its text, and for ordinal-NN which numbers it matches. */
    private record Term(String name, String genderForm, String match, String text) {
    }

    private final Map<String, Boolean> longForm; // variable -> true for long-ordinal, false for ordinal
    private final Map<String, Term> terms; // "name|gender-form" -> term
    private final Map<String, String> genders; // term name -> gender

    private Ordinals(Map<String, Boolean> longForm, Map<String, Term> terms, Map<String, String> genders) {
        this.longForm = longForm;
        this.terms = terms;
        this.genders = genders;
    }

    /**
     * {@return the mend for a style and locale}
     *
     * @param styleXml  the style
     * @param localeXml the locale file the style renders with
     */
    static Ordinals of(String styleXml, String localeXml) {
        Map<String, Boolean> longForm = variablesInOrdinalForm(styleXml);
        if (longForm.isEmpty()) {
            return new Ordinals(longForm, Map.of(), Map.of());
        }
        Map<String, Term> terms = new HashMap<>();
        Map<String, String> genders = new HashMap<>();
        readTerms(localeXml, terms, genders);
        return new Ordinals(longForm, terms, genders);
    }

    /** {@return the items, with the style's ordinal variables written as ordinals} */
    CSLItemData[] apply(CSLItemData[] items) {
        if (longForm.containsKey("edition")) {
            for (int i = 0; i < items.length; i++) {
                Matcher m = items[i].getEdition() == null ? null : DIGITS.matcher(items[i].getEdition());
                if (m != null && m.matches()) {
                    int n = Integer.parseInt(m.group(1));
                    items[i] = new CSLItemDataBuilder(items[i]).edition(format(n, "edition")).build();
                }
            }
        }
        return items;
    }

    /** {@return n as an ordinal for a variable: 1st, 2nd, 11th, 21st in English} */
    String format(int n, String variable) {
        String gender = genders.get(variable);
        if (Boolean.TRUE.equals(longForm.get(variable)) && n >= 1 && n <= 10) {
            Term t = term("long-ordinal-" + twoDigits(n), gender);
            if (t != null) {
                return t.text();
            }
        }
        return n + suffix(n, gender);
    }

    // CSL 1.0.2: an exact whole-number term first, then one for the last two digits, then
    // one for the last digit, then the plain "ordinal" term (en: 11th, 21st, 111th).
    private String suffix(int n, String gender) {
        Term exact = n < 100 ? term("ordinal-" + twoDigits(n), gender) : null;
        if (exact != null && "whole-number".equals(exact.match())) {
            return exact.text();
        }
        Term lastTwo = n >= 10 ? term("ordinal-" + twoDigits(n % 100), gender) : null;
        if (lastTwo != null && "last-two-digits".equals(effectiveMatch(lastTwo))) {
            return lastTwo.text();
        }
        Term lastOne = term("ordinal-" + twoDigits(n % 10), gender);
        if (lastOne != null && "last-digit".equals(effectiveMatch(lastOne))) {
            return lastOne.text();
        }
        Term plain = term("ordinal", gender);
        return plain == null ? "" : plain.text();
    }

    // a number from 0 to 99 as a term's name has it, in two digits: what String.format's "%02d"
    // gives, without parsing a format for every edition of a long list
    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String effectiveMatch(Term t) {
        if (t.match() != null) {
            return t.match();
        }
        return Integer.parseInt(t.name().substring("ordinal-".length())) < 10 ? "last-digit" : "last-two-digits";
    }

    private Term term(String name, String gender) {
        Term t = gender == null ? null : terms.get(name + "|" + gender);
        return t != null ? t : terms.get(name + "|");
    }

    private static Map<String, Boolean> variablesInOrdinalForm(String styleXml) {
        Map<String, Set<String>> forms = new HashMap<>();
        Matcher m = NUMBER_ELEMENT.matcher(styleXml);
        while (m.find()) {
            Map<String, String> attrs = StyleXml.attributes(m.group(1));
            String variable = attrs.get("variable");
            if (variable != null) {
                forms.computeIfAbsent(variable, v -> new HashSet<>()).add(attrs.getOrDefault("form", "numeric"));
            }
        }
        Map<String, Boolean> result = new HashMap<>();
        forms.forEach((variable, used) -> {
            boolean tested = styleXml.matches("(?s).*is-numeric=\"[^\"]*\\b" + Pattern.quote(variable) + "\\b.*");
            if (used.size() == 1 && tested && (used.contains("ordinal") || used.contains("long-ordinal"))) {
                result.put(variable, used.contains("long-ordinal"));
            }
        });
        return result;
    }

    private static void readTerms(String localeXml, Map<String, Term> terms, Map<String, String> genders) {
        NodeList list = StyleXml.parse(localeXml).getElementsByTagNameNS("*", "term");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            String name = e.getAttribute("name");
            if (!e.getAttribute("gender").isEmpty()) {
                genders.putIfAbsent(name, e.getAttribute("gender"));
            }
            if (name.startsWith("ordinal") || name.startsWith("long-ordinal")) {
                String genderForm = e.getAttribute("gender-form");
                genderForm = genderForm.equals("neuter") ? "" : genderForm;
                String match = e.getAttribute("match").isEmpty() ? null : e.getAttribute("match");
                terms.putIfAbsent(name + "|" + genderForm, new Term(name, genderForm, match, e.getTextContent()));
            }
        }
    }
}
