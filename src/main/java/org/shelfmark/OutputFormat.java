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
    MARKDOWN,
    /** AsciiDoc, with italics as {@code __...__}. */
    ASCIIDOC,
    /** XSL-FO, one {@code <fo:block>} per bibliography entry. */
    FO,
    /**
     * RTF fragments, with italics as {@code {\i ...}}, for pasting into Word;
     * {@link Formatter#rtfDocument(java.util.List)} makes a whole document of them.
     */
    RTF
}
