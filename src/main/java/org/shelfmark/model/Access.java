package org.shelfmark.model;

import java.util.Objects;

/**
 * How a reader gets at a resource, as a reading list tells them.
 *
 * @param kind what the reader must do
 * @param note the list's own words about it, or {@code null}
 */
public record Access(AccessKind kind, String note) {

    /** Checks that the kind is present. */
    public Access {
        Objects.requireNonNull(kind, "kind");
    }
}
