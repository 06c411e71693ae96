package org.shelfmark.diag;

/**
 * How serious a {@link Diagnostic} is.
 */
public enum Severity {
    /** The data is wrong; nothing is rendered or exported from it. */
    ERROR,
    /** The data is usable, but a curator should look. */
    WARNING
}
