package org.shelfmark;

/**
 * The markup a reference is rendered in.
 */
public enum OutputFormat {
    /** Plain text: what a reader pastes into an essay. */
    TEXT,
    /** HTML fragments, one {@code <div class="csl-entry">} per bibliography entry. */
    HTML,
    /** CommonMark, with italics as {@code *...*}. */
    MARKDOWN
}
