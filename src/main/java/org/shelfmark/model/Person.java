package org.shelfmark.model;

import java.util.Objects;

/**
 * A person's name in CSL's parts.
 *
 * @param family                the family name, never blank
 * @param given                 given names or initials, or {@code null}
 * @param droppingParticle      a particle dropped when sorting (the {@code von} of
 *                              "Ludwig von Mises" in some styles), or {@code null}
 * @param nonDroppingParticle   a particle kept with the family name ({@code van den} of
 *                              "Anna van den Berg"), or {@code null}
 * @param suffix                a suffix such as {@code Jr.}, or {@code null}
 */
public record Person(String family, String given, String droppingParticle,
        String nonDroppingParticle, String suffix) implements Name {

    /** Checks that the family name is present and blank parts are absent. */
    public Person {
        Objects.requireNonNull(family, "family");
        if (family.isBlank()) {
            throw new IllegalArgumentException("a person's family name must not be blank");
        }
        given = blankToNull(given);
        droppingParticle = blankToNull(droppingParticle);
        nonDroppingParticle = blankToNull(nonDroppingParticle);
        suffix = blankToNull(suffix);
    }

    /**
     * {@return a person with just a family name and given names}
     *
     * @param family the family name
     * @param given  given names or initials, or {@code null}
     */
    public static Person of(String family, String given) {
        return new Person(family, given, null, null, null);
    }

    @Override
    public String sortForm() {
        StringBuilder s = new StringBuilder(family);
        if (given != null) {
            s.append(", ").append(given);
        }
        return s.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
