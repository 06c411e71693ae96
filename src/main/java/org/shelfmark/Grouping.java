package org.shelfmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How an annotated reading list is cut into sections, each with a heading.
 */
public enum Grouping {
    /** One list, in the list's own order. */
    NONE,
    /** By theme: a record's first keyword, themes in alphabetical order, "Other" for none. */
    THEME,
    /** By type of resource (reports, journal articles, ...), in the order each type first appears. */
    TYPE,
    /** By year of publication, newest first, "No date" last. */
    YEAR;

    /** {@return the name used on the command line, such as {@code theme}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks a grouping up by its key.
     *
     * @param key a key such as {@code year}
     * @return the grouping, or empty when there is none of that key
     */
    public static Optional<Grouping> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
