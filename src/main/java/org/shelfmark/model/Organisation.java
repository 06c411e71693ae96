package org.shelfmark.model;

import java.util.Objects;

/**
 * An organisation as author, editor or other contributor: a name printed as it is, never
 * inverted or abbreviated (CSL's {@code literal} name).
 *
 * @param name the organisation's name, never blank
 */
public record Organisation(String name) implements Name {

    /** Checks that the name is present. */
    public Organisation {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an organisation's name must not be blank");
        }
    }

    @Override
    public String sortForm() {
        return name;
    }
}
