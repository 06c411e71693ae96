package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlToMarkdownTest {

    @Test
    void turnsItalicsAndEntitiesIntoMarkdown() {
        assertEquals("Evans, D. (2022) ‘So close’, *British Journal* \\[Preprint\\]. A & B",
                HtmlToMarkdown.convert("  <div class=\"csl-entry\">Evans, D. (2022) &lsquo;So close&rsquo;, "
                        + "<span style=\"font-style: italic\">British Journal</span> [Preprint]. A &amp; B</div>\n"));
    }

    @Test
    void keepsBoldNestedAndSuperscripts() {
        assertEquals("**a *b* c** x<sup>2</sup> &#38;",
                HtmlToMarkdown.convert("<b>a <i>b</i> c</b> x<sup>2</sup> &#38;#38;"));
    }

    @Test
    void escapesWhatMarkdownWouldReadAsMarkup() {
        assertEquals("snake\\_case \\*star\\* \\`code\\` \\<tag>", HtmlToMarkdown.convert("snake_case *star* `code` &lt;tag&gt;"));
    }
}
