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
    private static final String NEVER = "type=\"shelfmark-never-ambiguous\"";

    private DisambiguateCondition() {
    }

    static boolean used(String styleXml) {
        return CONDITION.matcher(styleXml).find();
    }

    /** {@return the style with every disambiguate condition false} */
    static String off(String styleXml) {
        return CONDITION.matcher(styleXml).replaceAll(NEVER);
    }
}
