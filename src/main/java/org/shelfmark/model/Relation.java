package org.shelfmark.model;

import java.util.Objects;

/**
 * A pointer from one record to another in the same reading list.
 *
 * @param kind   how the records relate
 * @param target the id of the other record
 */
public record Relation(RelationKind kind, String target) {

    /** Checks that both parts are present. */
    public Relation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }
}
