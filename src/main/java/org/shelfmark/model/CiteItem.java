package org.shelfmark.model;

import java.util.Objects;

/**
 * One work cited in a citation, with what the writer adds: where in it (a locator), words before
 * and after, and whether the author is left out ({@code West (2021) argues...}).
 *
 * @param id      the record cited
 * @param locator where in the work, such as {@code 12} or {@code 3-5}, or {@code null}
 * @param label   what the locator counts; {@code PAGE} when a locator is given without one
 * @param prefix  words before the cite, such as {@code see}, or {@code null}
 * @param suffix  words after it, such as {@code for a review}, or {@code null}
 * @param mode    how the author is shown
 */
public record CiteItem(String id, String locator, LocatorLabel label, String prefix, String suffix, Mode mode) {

    /** How a cite shows its author. */
    public enum Mode {
        /** As the style cites: {@code (West, 2021)}. */
        NORMAL,
        /** Without the author, for text that names them already: {@code (2021)}. */
        SUPPRESS_AUTHOR,
        /** The author alone: {@code West}. */
        AUTHOR_ONLY,
        /** In the running text: {@code West (2021)}. */
        NARRATIVE
    }

    /** Checks the id and fills in the defaults. */
    public CiteItem {
        Objects.requireNonNull(id, "id");
        label = locator != null && label == null ? LocatorLabel.PAGE : label;
        mode = mode == null ? Mode.NORMAL : mode;
    }

    /**
     * {@return a plain cite of a record}
     *
     * @param id the record's id
     */
    public static CiteItem of(String id) {
        return new CiteItem(id, null, null, null, null, Mode.NORMAL);
    }

    /** {@return whether the cite adds nothing to the record's plain cite} */
    public boolean isPlain() {
        return locator == null && prefix == null && suffix == null && mode == Mode.NORMAL;
    }
}
