package org.shelfmark.csl;

/** The markup rendering writes. */
public enum Markup {
    /** Plain text. */
    TEXT,
    /** HTML fragments. */
    HTML,
    /** Markdown (CommonMark). */
    MARKDOWN,
    /** AsciiDoc. */
    ASCIIDOC,
    /** XSL-FO blocks. */
    FO,
    /** RTF fragments. */
    RTF
}
