package org.shelfmark.csl;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;
import de.undercouch.citeproc.csl.internal.format.AsciiDocFormat;
import de.undercouch.citeproc.csl.internal.format.FoFormat;
import de.undercouch.citeproc.csl.internal.format.Format;
import de.undercouch.citeproc.csl.internal.format.HtmlFormat;
import de.undercouch.citeproc.csl.internal.format.TextFormat;
import java.util.function.UnaryOperator;

/**
 * citeproc-java's output formats, each writing the light font weight that {@link TitleCase} marks
 * titles with as a pair of private-use marks, and each keeping the doubled affixes that
 * {@link DoubledAffixes} marks, and each settling its tokens through {@link PostProcessing}, which gives
 * what citeproc-java's own post-processing gives in a fraction of the time.
 */
final class Formats {

    private Formats() {
    }

    /** {@return the citeproc-java format that writes a markup} */
    static Format of(Markup markup) {
        // one subclass a format: citeproc-java's formats share no hook for this
        return switch (markup) {
            case TEXT -> new TextFormat() {
                @Override protected String openFontWeight(int w) { return open(w, super.openFontWeight(w)); }
                @Override protected String closeFontWeight(int w) { return close(w, super.closeFontWeight(w)); }
                @Override protected void postProcess(TokenBuffer b, RenderContext c) { keep(b); settle(b, c, convertLinks, this::addDOIPrefix); release(b); }
            };
            case ASCIIDOC -> new AsciiDocFormat() {
                @Override protected String openFontWeight(int w) { return open(w, super.openFontWeight(w)); }
                @Override protected String closeFontWeight(int w) { return close(w, super.closeFontWeight(w)); }
                @Override protected void postProcess(TokenBuffer b, RenderContext c) { keep(b); settle(b, c, convertLinks, this::addDOIPrefix); release(b); }
            };
            case FO -> new FoFormat() {
                @Override protected String openFontWeight(int w) { return open(w, super.openFontWeight(w)); }
                @Override protected String closeFontWeight(int w) { return close(w, super.closeFontWeight(w)); }
                @Override protected void postProcess(TokenBuffer b, RenderContext c) { keep(b); settle(b, c, convertLinks, this::addDOIPrefix); release(b); }
            };
            case HTML, MARKDOWN, RTF -> new HtmlFormat() { // Markdown and RTF are written from the HTML
                @Override protected String openFontWeight(int w) { return open(w, super.openFontWeight(w)); }
                @Override protected String closeFontWeight(int w) { return close(w, super.closeFontWeight(w)); }
                @Override protected void postProcess(TokenBuffer b, RenderContext c) { keep(b); settle(b, c, convertLinks, this::addDOIPrefix); release(b); }
            };
        };
    }

    private static void keep(TokenBuffer buffer) {
        DoubledAffixes.keep(buffer);
    }

    private static void settle(TokenBuffer buffer, RenderContext ctx, boolean convertLinks, UnaryOperator<String> doiPrefix) {
        PostProcessing.apply(buffer, ctx, convertLinks, doiPrefix);
    }

    private static void release(TokenBuffer buffer) {
        DoubledAffixes.release(buffer);
    }

    private static String open(int fontWeight, String otherwise) {
        return fontWeight == FormattingAttributes.FW_LIGHT ? String.valueOf(TitleCase.OPEN) : otherwise;
    }

    private static String close(int fontWeight, String otherwise) {
        return fontWeight == FormattingAttributes.FW_LIGHT ? String.valueOf(TitleCase.CLOSE) : otherwise;
    }
}
