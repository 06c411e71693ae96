package org.shelfmark.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.TextFormat;
import de.undercouch.citeproc.csl.internal.token.DisplayGroupToken;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.helper.SmartQuotes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shelfmark.Shelfmark;
import org.shelfmark.model.Reference;

/**
 * {@link PostProcessing} gives what citeproc-java's own {@code BaseFormat.postProcess} gives: both
 * run on copies of every buffer citeproc-java renders for the conformance list, and on random
 * tokens in the contexts those renders had.
 */
class PostProcessingTest {

    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final TextToken.Type[] TYPES = TextToken.Type.values();
    // pieces of text that every step has something to do with: quotation marks straight and curly,
    // punctuation that merges or repeats, French guillemets and colons, DOI prefixes
    private static final String[] PIECES = {"", " ", ".", ",", ":", ";", "!", "?", ". ", ", ", ")", "(", ").",
        "’", "”", "‘", "“", "'", "\"", "''", "a", "Ab", "93", "'93", "em", "don't", "x.", "x:", "«", "»", " : ",
        "https://doi.org/", "http://doi.org", "10.1000/x", "https://x.org/y", "‘a’", "“b”"};

    /** A plain-text format that settles every buffer both ways and keeps what differs. */
    private static final class Both extends TextFormat {
        final Map<String, RenderContext> contexts = new LinkedHashMap<>();
        final List<String> differences = new ArrayList<>();
        int compared;
        int changed;

        @Override
        protected void postProcess(TokenBuffer buffer, RenderContext ctx) {
            contexts.putIfAbsent(ctx.getLocale().getLang().toLanguageTag(), ctx);
            compare(buffer, ctx);
            super.postProcess(buffer, ctx);
        }

        /** Settles a copy of the buffer each way, with links and without. */
        void compare(TokenBuffer buffer, RenderContext ctx) {
            boolean links = convertLinks;
            for (boolean each : new boolean[] {false, true}) {
                convertLinks = each;
                compareOnce(buffer, ctx);
            }
            convertLinks = links;
        }

        private void compareOnce(TokenBuffer buffer, RenderContext ctx) {
            String before = describe(buffer.getTokens());
            TokenBuffer theirs = new TokenBuffer().append(buffer);
            TokenBuffer ours = new TokenBuffer().append(buffer);
            super.postProcess(theirs, ctx);
            PostProcessing.apply(ours, ctx, convertLinks, this::addDOIPrefix);
            String expected = describe(theirs.getTokens());
            String actual = describe(ours.getTokens());
            compared++;
            if (!expected.equals(before)) {
                changed++;
            }
            if (!expected.equals(actual)) {
                differences.add(before + "\n  citeproc-java: " + expected + "\n  Shelfmark:     " + actual);
            }
        }
    }

    private static String describe(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            out.append('[');
            if (t instanceof TextToken tt) {
                out.append(tt.getType()).append(' ').append(tt.getText());
            } else {
                out.append(t.getClass().getSimpleName()).append('@').append(System.identityHashCode(t));
            }
            out.append(' ').append(t.getFormattingAttributes()).append(' ').append(t.isFirstField()).append(']');
        }
        return out.toString();
    }

    private static Both rendered;

    @BeforeAll
    static void renderTheConformanceList() throws IOException {
        List<Reference> refs = Shelfmark.load(RESOURCES.resolve("conformance/references.json")).references();
        List<String[]> styles = new ArrayList<>();
        for (String line : Files.readAllLines(RESOURCES.resolve("conformance/styles.txt"))) {
            styles.add(line.split(" "));
        }
        styles.add(new String[] {"harvard-cite-them-right", "fr-FR"});
        styles.add(new String[] {"apa", "de-DE"});
        rendered = new Both();
        for (String[] style : styles) {
            CSL csl = new CSL(new ListItemDataProvider(refs.stream().map(ItemMapper::toItem).toList()),
                    new RegionalLocaleProvider(style[1]), new DefaultAbbreviationProvider(), style[0], style[1]);
            csl.setOutputFormat(rendered);
            csl.registerCitationItems(refs.stream().map(Reference::id).toList());
            csl.makeBibliography();
            for (Reference r : refs.subList(0, 20)) { // each citation is slow in stock citeproc-java
                csl.makeCitation(new CSLCitation(new CSLCitationItem(r.id())));
            }
        }
    }

    // the smart quotes are made once a set of marks and language: equal marks find the same
    @Test
    void equalMarksShareTheirSmartQuotes() {
        PostProcessing.Marks uk = PostProcessing.Marks.of("‘", "’", "“", "”", Locale.UK);
        assertSame(uk.quotes(), PostProcessing.Marks.of("‘", "’", "“", "”", Locale.UK).quotes());
        assertNotSame(uk.quotes(), PostProcessing.Marks.of("‘", "’", "“", "”", Locale.US).quotes());
        assertNotSame(uk.quotes(), PostProcessing.Marks.of("“", "”", "‘", "’", Locale.UK).quotes());
    }

    @Test
    void everyBufferOfTheConformanceListSettlesAsCiteprocJavaSettlesIt() {
        assertEquals(List.of(), rendered.differences.subList(0, Math.min(5, rendered.differences.size())));
        assertTrue(rendered.compared > 3000, "buffers compared: " + rendered.compared);
        assertTrue(rendered.changed > 1000, "buffers citeproc-java changed: " + rendered.changed);
    }

    @Test
    void randomTokensSettleAsCiteprocJavaSettlesThem() {
        assertEquals(Set.of("en-GB", "en-US", "fr-FR", "de-DE"), rendered.contexts.keySet());
        Random random = new Random(6);
        for (RenderContext ctx : rendered.contexts.values()) {
            Both both = new Both();
            for (int n = 0; n < 1500; n++) {
                both.compare(randomBuffer(random), ctx);
            }
            assertEquals(List.of(), both.differences.subList(0, Math.min(5, both.differences.size())));
            assertTrue(both.changed > 1000, "buffers citeproc-java changed: " + both.changed);
        }
    }

    private static TokenBuffer randomBuffer(Random random) {
        TokenBuffer buffer = new TokenBuffer();
        appendRandom(buffer, random, random.nextInt(12));
        if (random.nextInt(3) == 0) {
            // a closing quotation mark, with text before it that may end in marks of its own, then punctuation
            String[] marks = {"", "”", "’", "’”", "”’", "””"};
            buffer.append(new TextToken(PIECES[random.nextInt(PIECES.length)] + marks[random.nextInt(marks.length)],
                    TextToken.Type.TEXT));
            buffer.append(new TextToken(random.nextBoolean() ? "”" : "’", TextToken.Type.CLOSE_QUOTE));
            buffer.append(new TextToken((random.nextBoolean() ? "," : ".") + PIECES[random.nextInt(PIECES.length)],
                    TYPES[random.nextInt(TYPES.length)]));
            appendRandom(buffer, random, random.nextInt(4));
        }
        return buffer;
    }

    private static void appendRandom(TokenBuffer buffer, Random random, int length) {
        for (int i = 0; i < length; i++) {
            if (random.nextInt(10) == 0) {
                buffer.append(new DisplayGroupToken(random.nextBoolean(), DisplayGroupToken.Type.BLOCK));
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(4); p > 0; p--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            buffer.append(new TextToken(text.toString(), TYPES[random.nextInt(TYPES.length)], random.nextInt(3),
                    random.nextInt(4) == 0));
        }
    }

    @Test
    void smartQuotesLeaveATextWithNoQuotationMarkAsItIs() {
        PostProcessing.Marks[] locales = {
            PostProcessing.Marks.of("‘", "’", "“", "”", Locale.ENGLISH),
            PostProcessing.Marks.of("“", "”", "«\u00A0", "\u00A0»", Locale.FRENCH),
            PostProcessing.Marks.of("‚", "‘", "„", "“", Locale.GERMAN)};
        String alphabet = "ab Z9.,:;!?()[]{}-–—’”«»‹›\u00A0é^$\\|*+_/";
        Random random = new Random(7);
        for (PostProcessing.Marks marks : locales) {
            SmartQuotes quotes = marks.quotes();
            for (int n = 0; n < 20_000; n++) {
                StringBuilder text = new StringBuilder();
                for (int c = random.nextInt(30); c > 0; c--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String s = text.toString();
                if (s.contains(marks.openInner())) {
                    continue;
                }
                assertFalse(marks.mayChange(s), s);
                assertEquals(s, quotes.apply(s));
            }
            assertTrue(marks.mayChange("don't"));
            assertTrue(marks.mayChange("say \"no\""));
            assertTrue(marks.mayChange(marks.openInner() + "93"));
        }
    }

    @Test
    void marksWithinAsciiOrEmptyMakeEveryTextGoThroughTheSmartQuotes() {
        assertTrue(PostProcessing.Marks.of("", "’", "“", "”", Locale.ENGLISH).mayChange("1999 abc"));
        assertTrue(PostProcessing.Marks.of(null, "’", "“", "”", Locale.ENGLISH).mayChange("1999 abc"));
        assertTrue(PostProcessing.Marks.of("‘", "’", "<<", ">>", Locale.ENGLISH).mayChange("abc"));
        assertTrue(PostProcessing.Marks.of("‘", ".", "“", "”", Locale.ENGLISH).mayChange("abc"));
        assertFalse(PostProcessing.Marks.of("‘", "’", "“", "”", Locale.ENGLISH).mayChange("1999 abc"));
    }
}
