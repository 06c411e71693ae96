package org.shelfmark.model;

/**
 * Who made or contributed to a work: a {@link Person} or an {@link Organisation}.
 */
public sealed interface Name permits Person, Organisation {

    /** {@return the name as a reader would sort it, e.g. {@code Berg, Anna van den}} */
    String sortForm();
}
