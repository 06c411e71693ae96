package org.shelfmark.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends citeproc-java 3.5.2's quotation marks, which it never nests: a title holding quoted
 * words inside a quoted title renders {@code ‘The ‘golden thread’ of strategy’}, where citeproc-js
 * alternates to {@code ‘The “golden thread” of strategy’}.
 *
 * <p>The mend follows citeproc-js. Before rendering, the quotation marks in titles are paired
 * and replaced by private-use marks: straight quotes ({@code "..."} and {@code '...'}) are markup
 * that takes the level of its nesting; typographic quotes are kept as written unless they stand
 * inside the same marks, where they flip. The locale handed to citeproc-java gets private-use
 * marks for its quote terms too, so the style's own quotes can be told apart from apostrophes.
 * After rendering, one pass over the text writes the real marks, level by level, and moves a
 * following full stop or comma inside when the locale puts punctuation in quotes.
 */
final class QuoteMarks {

    // Private-use code points: each stands for one kind of mark until the pass after rendering.
    static final char STYLE_OPEN = '\uE010';
    static final char STYLE_CLOSE = '\uE011';
    private static final char STRAIGHT_DOUBLE_OPEN = '\uE000';
    private static final char STRAIGHT_DOUBLE_CLOSE = '\uE001';
    private static final char STRAIGHT_SINGLE_OPEN = '\uE002';
    private static final char STRAIGHT_SINGLE_CLOSE = '\uE003';
    private static final char SINGLE_OPEN = '\uE004';
    private static final char SINGLE_CLOSE = '\uE005';
    private static final char DOUBLE_OPEN = '\uE006';
    private static final char DOUBLE_CLOSE = '\uE007';

    private static final Pattern TERM = Pattern.compile(
            "(<term\\s+name=\"(open-quote|close-quote|open-inner-quote|close-inner-quote)\"[^>]*>)([^<]*)(</term>)");
    private static final Pattern PUNCTUATION_IN_QUOTE = Pattern.compile("punctuation-in-quote=\"true\"");

    /** A pair of marks as they are printed. */
    private record Pair(char open, char close) {
    }

    private final Pair outer;
    private final Pair inner;
    private final boolean punctuationInQuote;

    private QuoteMarks(Pair outer, Pair inner, boolean punctuationInQuote) {
        this.outer = outer;
        this.inner = inner;
        this.punctuationInQuote = punctuationInQuote;
    }

    /**
     * {@return the marks of a locale}
     *
     * @param localeXml the locale file
     */
    static QuoteMarks of(String localeXml) {
        String[] marks = {"\u201C", "\u201D", "\u2018", "\u2019"};
        Matcher m = TERM.matcher(localeXml);
        while (m.find()) {
            int i = switch (m.group(2)) {
                case "open-quote" -> 0;
                case "close-quote" -> 1;
                case "open-inner-quote" -> 2;
                default -> 3;
            };
            marks[i] = m.group(3);
        }
        return new QuoteMarks(new Pair(first(marks[0]), first(marks[1])), new Pair(first(marks[2]), first(marks[3])),
                PUNCTUATION_IN_QUOTE.matcher(localeXml).find());
    }

    private static char first(String s) {
        return s.isEmpty() ? '"' : s.charAt(0);
    }

    /** {@return the locale, with private-use marks for its quote terms, for citeproc-java to render with} */
    static String markLocale(String localeXml) {
        return TERM.matcher(localeXml).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + (m.group(2).startsWith("open") ? STYLE_OPEN : STYLE_CLOSE) + m.group(4)));
    }

    /** {@return the items, with the quotation marks of their titles paired and marked} */
    static CSLItemData[] markItems(CSLItemData[] items) {
        for (int i = 0; i < items.length; i++) {
            CSLItemData d = items[i];
            if (hasQuote(d.getTitle()) || hasQuote(d.getContainerTitle()) || hasQuote(d.getCollectionTitle())) {
                items[i] = new CSLItemDataBuilder(d).title(mark(d.getTitle()))
                        .containerTitle(mark(d.getContainerTitle())).collectionTitle(mark(d.getCollectionTitle())).build();
            }
        }
        return items;
    }

    // a loop, not a stream: three titles an item, 30,000 in a long list (with the stream the method
    // took 58 and 75 samples of 1 ms in two sets of three profiled cold bibliographies; 19 after)
    private static boolean hasQuote(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '\u2018' || c == '\u201C') {
                return true;
            }
        }
        return false;
    }

    /** {@return the text with each pair of quotation marks replaced by private-use marks} */
    static String mark(String text) {
        if (text == null) {
            return null;
        }
        char[] out = text.toCharArray();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            Integer top = open.peek();
            char topChar = top == null ? 0 : text.charAt(top);
            if (closes(c, topChar) && i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && endsWord(text, i)) {
                int start = open.pop();
                out[start] = openMark(topChar);
                out[i] = closeMark(topChar);
            } else if (opens(c) && startsWord(text, i) && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                open.push(i);
            }
        }
        return new String(out);
    }

    private static boolean opens(char c) {
        return c == '"' || c == '\'' || c == '\u2018' || c == '\u201C';
    }

    private static boolean closes(char c, char opener) {
        return switch (opener) {
            case '"' -> c == '"';
            case '\'' -> c == '\'';
            case '\u2018' -> c == '\u2019';
            case '\u201C' -> c == '\u201D';
            default -> false;
        };
    }

    private static boolean startsWord(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{\u2014\u2013-/\"'\u2018\u201C".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static boolean endsWord(String text, int i) {
        return i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static char openMark(char c) {
        return switch (c) {
            case '"' -> STRAIGHT_DOUBLE_OPEN;
            case '\'' -> STRAIGHT_SINGLE_OPEN;
            case '\u2018' -> SINGLE_OPEN;
            default -> DOUBLE_OPEN;
        };
    }

    private static char closeMark(char c) {
        return switch (c) {
            case '"' -> STRAIGHT_DOUBLE_CLOSE;
            case '\'' -> STRAIGHT_SINGLE_CLOSE;
            case '\u2018' -> SINGLE_CLOSE;
            default -> DOUBLE_CLOSE;
        };
    }

    /** {@return rendered text with real marks: alternating by level, typographic ones flipped where nested in their like} */
    String resolve(String rendered) {
        if (!marked(rendered)) {
            return rendered; // most entries quote nothing: every character stays as it is
        }
        StringBuilder out = new StringBuilder(rendered.length());
        Deque<Pair> stack = new ArrayDeque<>();
        for (int i = 0; i < rendered.length(); i++) {
            char c = rendered.charAt(i);
            Pair enclosing = stack.peek();
            switch (c) {
                case STYLE_OPEN, STRAIGHT_DOUBLE_OPEN, STRAIGHT_SINGLE_OPEN -> open(out, stack, enclosing == outer ? inner : outer);
                case SINGLE_OPEN -> open(out, stack, literal('\u2018', '\u2019', enclosing));
                case DOUBLE_OPEN -> open(out, stack, literal('\u201C', '\u201D', enclosing));
                case STYLE_CLOSE, STRAIGHT_DOUBLE_CLOSE, STRAIGHT_SINGLE_CLOSE, SINGLE_CLOSE, DOUBLE_CLOSE -> {
                    Pair p = stack.isEmpty() ? outer : stack.pop();
                    out.append(p.close());
                    i = punctuationInside(rendered, i, out);
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // whether a text holds one of the marks resolve() rewrites
    private static boolean marked(String rendered) {
        for (int i = 0; i < rendered.length(); i++) {
            char c = rendered.charAt(i);
            if (c >= STRAIGHT_DOUBLE_OPEN && c <= DOUBLE_CLOSE || c == STYLE_OPEN || c == STYLE_CLOSE) {
                return true;
            }
        }
        return false;
    }

    private static void open(StringBuilder out, Deque<Pair> stack, Pair p) {
        stack.push(p);
        out.append(p.open());
    }

    // A typographic pair keeps its marks unless the enclosing quotation uses the same ones.
    private Pair literal(char open, char close, Pair enclosing) {
        Pair own = new Pair(open, close);
        if (enclosing == null || !enclosing.equals(own)) {
            return own.equals(outer) ? outer : own.equals(inner) ? inner : own;
        }
        return own.equals(outer) ? inner : outer;
    }

    // With punctuation-in-quote (en-US), "word”." becomes "word.”" as citeproc-js writes it; the
    // marks of a title in title case may stand between, and stay after the punctuation.
    private int punctuationInside(String rendered, int i, StringBuilder out) {
        int next = i + 1;
        while (next < rendered.length() && (rendered.charAt(next) == TitleCase.OPEN || rendered.charAt(next) == TitleCase.CLOSE)) {
            next++;
        }
        if (punctuationInQuote && next < rendered.length() && (rendered.charAt(next) == '.' || rendered.charAt(next) == ',')) {
            char closeMark = out.charAt(out.length() - 1);
            out.setCharAt(out.length() - 1, rendered.charAt(next));
            out.append(closeMark).append(rendered, i + 1, next);
            return next;
        }
        return i;
    }
}
