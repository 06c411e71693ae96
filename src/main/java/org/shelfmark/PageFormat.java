package org.shelfmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The markup an annotated reading list is written in.
 */
public enum PageFormat {
    /** Plain text: titles underlined, bullets as {@code •}. */
    TEXT,
    /** CommonMark, with an HTML anchor before each entry. */
    MARKDOWN,
    /** One HTML document with its style sheet and script inside, that asks no other host for anything. */
    HTML;

    /** {@return the name used on the command line, such as {@code markdown}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks a format up by its key.
     *
     * @param key a key such as {@code html}
     * @return the format, or empty when there is none of that key
     */
    public static Optional<PageFormat> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
