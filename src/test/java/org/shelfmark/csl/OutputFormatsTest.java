package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every markup, on one entry with italics, quotation marks and a non-ASCII letter. */
class OutputFormatsTest {

    private static String render(Markup markup) {
        return CslEngine.of("harvard-cite-them-right", "en-GB").bibliography(List.of(Items.evans()), markup).get(0);
    }

    private static final String TAIL = " [Preprint]. Available at: https://doi.org/10.12968/bjhc.2021.0135.";

    @Test
    void text() {
        assertEquals("Evans, D. (2022) ‘So close to love: compassionate leadership in healthcare’, British Journal of"
                + " Healthcare Management" + TAIL, render(Markup.TEXT));
    }

    @Test
    void html() {
        assertEquals("<div class=\"csl-entry\">Evans, D. (2022) ‘So close to love: compassionate leadership in"
                + " healthcare’, <span style=\"font-style: italic\">British Journal of Healthcare Management</span>"
                + TAIL + "</div>", render(Markup.HTML));
    }

    @Test
    void markdown() {
        assertEquals("Evans, D. (2022) ‘So close to love: compassionate leadership in healthcare’, *British Journal of"
                + " Healthcare Management* \\[Preprint\\]. Available at: https://doi.org/10.12968/bjhc.2021.0135.",
                render(Markup.MARKDOWN));
    }

    @Test
    void asciiDoc() {
        assertEquals("[.csl-entry]\nEvans, D. (2022) ‘So close to love: compassionate leadership in healthcare’,"
                + " __British Journal of Healthcare Management__" + TAIL, render(Markup.ASCIIDOC));
    }

    @Test
    void xslFo() {
        assertEquals("<fo:block id=\"evans\">Evans, D. (2022) ‘So close to love: compassionate leadership in"
                + " healthcare’, <fo:inline font-style=\"italic\">British Journal of Healthcare Management</fo:inline>"
                + TAIL + "</fo:block>", render(Markup.FO));
    }

    @Test
    void rtf() {
        assertEquals("Evans, D. (2022) \\u8216?So close to love: compassionate leadership in healthcare\\u8217?,"
                + " {\\i British Journal of Healthcare Management}" + TAIL, render(Markup.RTF));
        assertEquals("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n{\\pard a\\par}\n}\n",
                CslEngine.rtfDocument(List.of("a")));
        assertEquals("\\{x\\} \\\\ \\u-10179?\\u-8704?", HtmlToRtf.escape("{x} \\ 😀"));
    }
}
