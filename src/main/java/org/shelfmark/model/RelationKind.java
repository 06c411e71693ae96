package org.shelfmark.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How one record of a reading list points to another.
 */
public enum RelationKind {
    /** A related resource the reader may want next. */
    SEE_ALSO("see-also", "See also"),
    /** The resource is based on the other one (a podcast series on a book). */
    BASED_ON("based-on", "Based on"),
    /** The resource develops the other one further (a second paper on a first). */
    BUILDS_ON("builds-on", "Builds on");

    private final String key;
    private final String label;

    RelationKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** {@return the key used in record files, such as {@code see-also}} */
    public String key() {
        return key;
    }

    /** {@return the heading a reading list prints, such as "See also"} */
    public String label() {
        return label;
    }

    /**
     * Looks a kind up by its key.
     *
     * @param key a key such as {@code based-on}
     * @return the kind, or empty when there is none of that key
     */
    public static Optional<RelationKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    @Override
    public String toString() {
        return key;
    }
}
