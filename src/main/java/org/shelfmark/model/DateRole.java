package org.shelfmark.model;

/**
 * What a date of a reference says, named as CSL names its date variables.
 */
public enum DateRole {
    ISSUED("issued"),
    ACCESSED("accessed"),
    ORIGINAL_DATE("original-date"),
    EVENT_DATE("event-date"),
    SUBMITTED("submitted");

    private final String cslName;

    DateRole(String cslName) {
        this.cslName = cslName;
    }

    /** {@return the date's name in CSL, such as {@code issued}} */
    public String cslName() {
        return cslName;
    }

    @Override
    public String toString() {
        return cslName;
    }
}
