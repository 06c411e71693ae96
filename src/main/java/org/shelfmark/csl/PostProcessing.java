package org.shelfmark.csl;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.locale.LLocale;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.helper.FrenchPunctuationSpacing;
import de.undercouch.citeproc.helper.SmartQuotes;
import de.undercouch.citeproc.helper.StringHelper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The steps citeproc-java 3.5.2 takes over a rendered citation or entry before writing it out
 * ({@code BaseFormat.postProcess}), in the same order and with the same results, but with its
 * {@link SmartQuotes} made once a locale rather than once an entry, and run only over the texts
 * it can change.
 *
 * <p>citeproc-java makes a {@code SmartQuotes} (fourteen regular expressions compiled) for every
 * citation and entry it formats, then runs all fourteen over every text: nearly half of the time
 * of a long bibliography. Every one of its expressions needs a straight quotation mark, an
 * apostrophe or the locale's opening inner quotation mark to match; a text with none of them
 * comes out as it went in. The other steps are citeproc-java's, written again here: closing
 * quotation marks and the punctuation after them swapped where the locale wants punctuation
 * inside, affixes and delimiters that repeat the text before them cut, doubled punctuation
 * merged, French spacing, and the DOI prefix. {@code PostProcessingTest} compares every step with
 * citeproc-java's own on random tokens and on rendered references.
 */
final class PostProcessing {

    // one set of smart quotes for each set of quotation marks and language: they hold only patterns
    private static final Map<Marks, SmartQuotes> QUOTES = new ConcurrentHashMap<>();
    // the marks of the locale this thread last settled a buffer in: a processor renders all it
    // renders with one locale object, and a thread renders with one processor at a time (one
    // locale kept a thread)
    private static final ThreadLocal<LocaleMarks> LAST = new ThreadLocal<>();
    private static final Pattern DOI_PREFIX = Pattern.compile("^https?://doi.org/?$");
    private static final Map<String, String> MERGED = Map.ofEntries(
            Map.entry("!.", "!"), Map.entry("!:", "!"),
            Map.entry("?.", "?"), Map.entry("?:", "?"),
            Map.entry(":!", "!"), Map.entry(":?", "?"), Map.entry(":.", ":"),
            Map.entry(";!", "!"), Map.entry(";?", "?"), Map.entry(";:", ";"), Map.entry(";.", ";"));
    private static final String MERGES = "!?:;."; // every character of MERGED's keys

    private PostProcessing() {
    }

    /**
     * Settles a rendered buffer as citeproc-java's {@code BaseFormat.postProcess} does.
     *
     * @param buffer the tokens, changed in place
     * @param ctx the context the buffer was rendered in
     * @param convertLinks whether the format writes links (the DOI prefix is then dropped)
     * @param doiPrefix the format's way of making a DOI a link
     */
    static void apply(TokenBuffer buffer, RenderContext ctx, boolean convertLinks, UnaryOperator<String> doiPrefix) {
        List<Token> tokens = buffer.getTokens();
        LocaleMarks marks = LocaleMarks.of(ctx);
        curlQuotes(tokens, marks);
        if (ctx.getLocale().getStyleOptions().isPunctuationInQuote()) {
            punctuationInQuotes(tokens, marks.marks.close(), marks.marks.closeInner());
        }
        cutRepeatedAffixes(tokens);
        mergePunctuation(tokens);
        if (ctx.getLocale().getLang().getLanguage().equals(Locale.FRENCH.getLanguage())) {
            frenchSpacing(tokens);
        }
        if (convertLinks) {
            dropDoiPrefixes(tokens, doiPrefix);
        }
    }

    /**
     * The quotation marks a locale's smart quotes are made of, and its language; {@code plain} when
     * each mark is one or more characters outside ASCII.
     */
    record Marks(String openInner, String closeInner, String open, String close, Locale language, boolean plain) {

        static Marks of(RenderContext ctx) {
            return of(ctx.getTerm("open-inner-quote"), ctx.getTerm("close-inner-quote"), ctx.getTerm("open-quote"),
                    ctx.getTerm("close-quote"), ctx.getLocale().getLang());
        }

        static Marks of(String openInner, String closeInner, String open, String close, Locale language) {
            boolean plain = beyondAscii(openInner) && beyondAscii(closeInner) && beyondAscii(open) && beyondAscii(close);
            return new Marks(openInner, closeInner, open, close, language, plain);
        }

        // written out, as Initials' are: a record's own are linked at their first call, tens of
        // milliseconds of a cold start
        @Override
        public boolean equals(Object o) {
            return o instanceof Marks m && plain == m.plain && Objects.equals(openInner, m.openInner)
                    && Objects.equals(closeInner, m.closeInner) && Objects.equals(open, m.open)
                    && Objects.equals(close, m.close) && Objects.equals(language, m.language);
        }

        // without the array Objects.hash would make: a map is looked up with it at every render
        @Override
        public int hashCode() {
            int h = Objects.hashCode(openInner);
            h = 31 * h + Objects.hashCode(closeInner);
            h = 31 * h + Objects.hashCode(open);
            h = 31 * h + Objects.hashCode(close);
            h = 31 * h + Objects.hashCode(language);
            return 31 * h + Boolean.hashCode(plain);
        }

        SmartQuotes quotes() {
            return QUOTES.computeIfAbsent(this, m -> new SmartQuotes(m.openInner, m.closeInner, m.open, m.close, m.language));
        }

        /**
         * Whether the smart quotes may change a text. They cannot when it holds no straight
         * quotation mark, no apostrophe and no opening inner quotation mark, as long as the marks
         * are plain: citeproc-java puts the marks into its expressions as they are, so an empty
         * mark, or one with a character that means something in an expression, could match
         * elsewhere.
         */
        boolean mayChange(String text) {
            return !plain || text.indexOf('\'') >= 0 || text.indexOf('"') >= 0 || text.contains(openInner);
        }

        private static boolean beyondAscii(String mark) {
            if (mark == null || mark.isEmpty()) {
                return false;
            }
            for (int i = 0; i < mark.length(); i++) {
                if (mark.charAt(i) <= 0x7F) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A locale's marks and their smart quotes, looked up once a locale object: the four terms and
     * the map of smart quotes were some 1% of a long bibliography's time, looked up for every
     * buffer.
     */
    private static final class LocaleMarks {
        final LLocale locale;
        final Marks marks;
        final SmartQuotes quotes;

        private LocaleMarks(LLocale locale, Marks marks) {
            this.locale = locale;
            this.marks = marks;
            this.quotes = marks.quotes();
        }

        // the terms depend on the locale alone (RenderContext.getTerm), which no one changes once made
        static LocaleMarks of(RenderContext ctx) {
            LocaleMarks last = LAST.get();
            if (last == null || last.locale != ctx.getLocale()) {
                last = new LocaleMarks(ctx.getLocale(), Marks.of(ctx));
                LAST.set(last);
            }
            return last;
        }
    }

    private static void curlQuotes(List<Token> tokens, LocaleMarks marks) {
        rewriteProse(tokens, text -> marks.marks.mayChange(text) ? marks.quotes.apply(text) : text);
    }

    // each text, affix and delimiter as a rewrite gives it, the token made again only where it changed
    private static void rewriteProse(List<Token> tokens, UnaryOperator<String> rewrite) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof TextToken t && prose(t)) {
                String rewritten = rewrite.apply(t.getText());
                if (!rewritten.equals(t.getText())) {
                    tokens.set(i, t.copyWithText(rewritten));
                }
            }
        }
    }

    // the tokens citeproc-java runs its smart quotes and French spacing over
    private static boolean prose(TextToken t) {
        TextToken.Type type = t.getType();
        return type == TextToken.Type.TEXT || type == TextToken.Type.PREFIX
                || type == TextToken.Type.SUFFIX || type == TextToken.Type.DELIMITER;
    }

    private static boolean affix(TextToken t) {
        TextToken.Type type = t.getType();
        return type == TextToken.Type.PREFIX || type == TextToken.Type.SUFFIX || type == TextToken.Type.DELIMITER;
    }

    /** A comma or full stop after a closing quotation mark goes before it (and before the text's own). */
    private static void punctuationInQuotes(List<Token> tokens, String closeQuote, String closeInnerQuote) {
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (!(tokens.get(i) instanceof TextToken t0)) {
                continue;
            }
            int j = nextText(tokens, i);
            if (j < 0) {
                break;
            }
            TextToken t1 = (TextToken) tokens.get(j);
            String next = t1.getText();
            if (t0.getType() == TextToken.Type.CLOSE_QUOTE && !next.isEmpty()
                    && (next.charAt(0) == ',' || next.charAt(0) == '.')) {
                tokens.set(j, t1.copyWithText(next.substring(1)));
                if (i > 0 && tokens.get(i - 1) instanceof TextToken before && before.getType() == TextToken.Type.TEXT) {
                    i = splitClosingQuotes(tokens, i, before, closeQuote, closeInnerQuote);
                }
                tokens.add(i, t1.copyWithText(next.substring(0, 1)));
                i = j;
            }
        }
    }

    // where the punctuation goes when the text before the closing mark ends in closing marks too
    private static int splitClosingQuotes(List<Token> tokens, int i, TextToken before, String closeQuote,
            String closeInnerQuote) {
        String text = before.getText();
        int length = text.length();
        while (length > 0) {
            String head = text.substring(0, length);
            if (head.endsWith(closeQuote)) {
                length -= closeQuote.length();
            } else if (head.endsWith(closeInnerQuote)) {
                length -= closeInnerQuote.length();
            } else {
                break;
            }
        }
        if (length == 0) {
            return i - 1; // the text is all closing marks: the punctuation goes before it
        }
        if (length < text.length()) {
            tokens.set(i - 1, before.copyWithText(text.substring(0, length)));
            tokens.add(i, before.copyWithText(text.substring(length)));
        }
        return i;
    }

    /** An affix or delimiter loses what it repeats of the text before it. */
    private static void cutRepeatedAffixes(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof TextToken t1) || !cuttable(t1)) {
                continue;
            }
            int j = previousNonQuote(tokens, i);
            if (j < 0 || t1.getText().indexOf(lastChar(tokens, j)) < 0) {
                continue; // nothing before, or it ends in a character the affix lacks: no overlap
            }
            int overlap = StringHelper.overlap(textBefore(tokens, j, t1.getText().length()), t1.getText());
            if (overlap > 0) {
                i = cutFront(tokens, i, t1, overlap);
            }
        }
    }

    // the token at i without its first characters, and gone if nothing is left: where the loop goes on from
    private static int cutFront(List<Token> tokens, int i, TextToken t, int characters) {
        String rest = t.getText().substring(characters);
        if (rest.isEmpty()) {
            tokens.remove(i);
            return i - 1;
        }
        tokens.set(i, t.copyWithText(rest));
        return i;
    }

    private static boolean cuttable(TextToken t) {
        TextToken.Type type = t.getType();
        return type == TextToken.Type.PREFIX || type == TextToken.Type.DELIMITER
                || type == TextToken.Type.SUFFIX && !t.getText().startsWith(")");
    }

    // the last character of textBefore(tokens, j, n), whatever n, or -1 where that is empty
    private static int lastChar(List<Token> tokens, int j) {
        for (int k = j; k >= 0; k--) {
            if (tokens.get(k) instanceof TextToken t && !t.getText().isEmpty()) {
                return t.getText().charAt(t.getText().length() - 1);
            }
        }
        return -1;
    }

    // the text of token j, with the texts before it put in front until it is as long as an affix
    private static String textBefore(List<Token> tokens, int j, int length) {
        String text = ((TextToken) tokens.get(j)).getText();
        if (text.length() >= length) {
            return text;
        }
        StringBuilder before = new StringBuilder(text);
        while (before.length() < length && j > 0) {
            j--;
            if (tokens.get(j) instanceof TextToken t) {
                before.insert(0, t.getText());
            }
        }
        return before.toString();
    }

    /** Two marks of punctuation, the end of a text and the start of an affix after it, made one. */
    private static void mergePunctuation(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof TextToken t1)) {
                continue;
            }
            int j = previousNonQuote(tokens, i);
            if (j < 0) {
                continue;
            }
            TextToken t0 = (TextToken) tokens.get(j);
            String text0 = t0.getText();
            String text1 = t1.getText();
            if (text0.isEmpty() || text1.isEmpty() || !affix(t1)) {
                continue;
            }
            char last = text0.charAt(text0.length() - 1);
            // looked up only where both marks are ones MERGED pairs: with a key made for every affix
            // the step took 90 samples of 1 ms in three profiled cold bibliographies of 10,000
            // references, 54 of them making and looking up the key; 48 after
            String merged = MERGES.indexOf(last) < 0 || MERGES.indexOf(text1.charAt(0)) < 0 ? null
                    : MERGED.get(String.valueOf(last) + text1.charAt(0));
            if (merged != null) {
                tokens.set(j, t0.copyWithText(text0.substring(0, text0.length() - 1) + merged));
                i = cutFront(tokens, i, t1, 1);
            }
        }
    }

    private static void frenchSpacing(List<Token> tokens) {
        rewriteProse(tokens, FrenchPunctuationSpacing::apply);
    }

    /** A DOI after the prefix {@code https://doi.org/} becomes a link of its own, and the prefix goes. */
    private static void dropDoiPrefixes(List<Token> tokens, UnaryOperator<String> doiPrefix) {
        for (int i = 1; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof TextToken t1)) {
                continue;
            }
            int j = previousText(tokens, i);
            if (j < 0) {
                continue;
            }
            TextToken t0 = (TextToken) tokens.get(j);
            if (t1.getType() == TextToken.Type.DOI && t0.getType() == TextToken.Type.PREFIX
                    && DOI_PREFIX.matcher(t0.getText()).matches()) {
                String url = doiPrefix.apply(t1.getText());
                if (!url.equals(t1.getText())) {
                    tokens.set(i, t1.copyWithText(url));
                }
                tokens.remove(j);
            }
        }
    }

    private static int nextText(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j) instanceof TextToken) {
                return j;
            }
        }
        return -1;
    }

    private static int previousText(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (tokens.get(j) instanceof TextToken) {
                return j;
            }
        }
        return -1;
    }

    private static int previousNonQuote(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (tokens.get(j) instanceof TextToken t && t.getType() != TextToken.Type.CLOSE_QUOTE) {
                return j;
            }
        }
        return -1;
    }
}
