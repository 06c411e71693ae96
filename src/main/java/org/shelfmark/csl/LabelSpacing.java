package org.shelfmark.csl;

import java.util.regex.Pattern;

/**
 * Mends citeproc-java 3.5.2's plain-text output of styles that set the citation number apart
 * ({@code second-field-align}, as IEEE and Vancouver do): it prints {@code [1]D. Evans} and
 * {@code 1.Evans D}, where citeproc-js separates the label with a space.
 */
final class LabelSpacing {

    private static final Pattern LABEL = Pattern.compile("^(\\[[^\\]\\s]+\\]|[0-9]+\\.)(?=\\S)");

    private LabelSpacing() {
    }

    static String apply(String entry) {
        return LABEL.matcher(entry).replaceFirst("$1 ");
    }
}
