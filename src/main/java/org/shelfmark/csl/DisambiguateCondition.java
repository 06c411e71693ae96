package org.shelfmark.csl;

import java.util.regex.Pattern;

/**
 * Mends citeproc-java 3.5.2's {@code <if disambiguate="true">}, which it always takes: MLA cites
 * {@code (Müller and Østergaard, “Distributed Leadership in Primary Care Networks”)} where
 * citeproc-js, finding nothing to tell apart, cites {@code (Müller and Østergaard)}.
 *
 * <p>The mend renders with two versions of the style: one where the condition never holds, for
 * every item, and the style as written, for the items whose cites would otherwise read alike
 * after the other ways of disambiguating, as CSL 1.0.2 orders them.
 */
final class DisambiguateCondition {

    private static final Pattern CONDITION = Pattern.compile("\\bdisambiguate=\"true\"");
    // No item has this type, so a condition on it never holds in citeproc-java.
    private static final String NEVER_TYPE = "shelfmark-never-ambiguous";

    private DisambiguateCondition() {
    }

    static boolean used(String styleXml) {
        return CONDITION.matcher(styleXml).find();
    }

    /**
     * {@return the style with every disambiguate condition false: a branch with no other condition,
     * or whose conditions must all hold, gets a type no item has; in one that needs any or none of
     * its conditions, the others decide alone}
     */
    static String off(String styleXml) {
        org.w3c.dom.Document doc = StyleXml.parse(styleXml);
        org.w3c.dom.NodeList all = doc.getElementsByTagNameNS(StyleCheck.CSL_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
            if (!"true".equals(e.getAttribute("disambiguate"))) {
                continue;
            }
            e.removeAttribute("disambiguate");
            boolean others = OTHERS.stream().anyMatch(e::hasAttribute);
            String match = e.getAttribute("match").isEmpty() ? "all" : e.getAttribute("match");
            if (!others || match.equals("all")) {
                e.setAttribute("type", NEVER_TYPE);
            }
        }
        return StyleXml.serialize(doc);
    }

    private static final java.util.List<String> OTHERS = java.util.List.of("type", "variable", "is-numeric",
            "is-uncertain-date", "locator", "position");
}
