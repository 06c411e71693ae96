package org.shelfmark.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a reader must do to get at a resource.
 */
public enum AccessKind {
    /** Free to read, nothing asked. */
    FREE("free"),
    /** Free, but the reader must register with the provider first. */
    REGISTRATION("registration"),
    /** Needs a subscription, such as an NHS OpenAthens account. */
    SUBSCRIPTION("subscription"),
    /** Must be bought. */
    PURCHASE("purchase");

    private final String key;

    AccessKind(String key) {
        this.key = key;
    }

    /** {@return the key used in record files, such as {@code registration}} */
    public String key() {
        return key;
    }

    /**
     * Looks a kind up by its key.
     *
     * @param key a key such as {@code free}
     * @return the kind, or empty when there is none of that key
     */
    public static Optional<AccessKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    @Override
    public String toString() {
        return key;
    }
}
