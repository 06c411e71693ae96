package org.shelfmark.formats;

import java.text.Normalizer;
import java.util.Map;

/**
 * Reads a BibTeX field value as text: the commands {@link Latex} writes, accents in every form
 * BibTeX files use ({@code \'e}, {@code {\'e}}, {@code \'{e}}, {@code \c{c}}, {@code {\'\i}}),
 * TeX's ligatures ({@code --}, {@code ``}), {@code ~} as a no-break space; any other command
 * keeps its argument ({@code \emph{x}} reads {@code x}); grouping braces and math dollars go.
 */
public final class LatexText {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("textbackslash", "\\"),
            Map.entry("textbraceleft", "{"), Map.entry("textbraceright", "}"), Map.entry("textasciitilde", "~"),
            Map.entry("textasciicircum", "^"), Map.entry("textasciigrave", "`"), Map.entry("textquoteleft", "\u2018"), Map.entry("textquoteright", "\u2019"),
            Map.entry("textquotedblleft", "\u201C"), Map.entry("textquotedblright", "\u201D"),
            Map.entry("textendash", "\u2013"), Map.entry("textemdash", "\u2014"), Map.entry("ss", "ß"), Map.entry("ae", "æ"),
            Map.entry("AE", "Æ"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("l", "ł"), Map.entry("L", "Ł"),
            Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("i", "ı"), Map.entry("j", "ȷ"), Map.entry("aa", "å"),
            Map.entry("AA", "Å"), Map.entry("textregistered", "®"), Map.entry("copyright", "©"), Map.entry("texteuro", "€"),
            Map.entry("pounds", "£"), Map.entry("S", "§"), Map.entry("P", "¶"), Map.entry("dag", "†"),
            Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("textellipsis", "…"));
    private static final Map<String, Character> ACCENTS = Map.ofEntries(Map.entry("'", '\u0301'), Map.entry("`", '\u0300'),
            Map.entry("^", '\u0302'), Map.entry("\"", '\u0308'), Map.entry("~", '\u0303'), Map.entry("c", '\u0327'),
            Map.entry("v", '\u030C'), Map.entry("r", '\u030A'), Map.entry("=", '\u0304'), Map.entry(".", '\u0307'),
            Map.entry("u", '\u0306'), Map.entry("k", '\u0328'), Map.entry("H", '\u030B'), Map.entry("d", '\u0323'),
            Map.entry("b", '\u0331'));

    private static final int MAX_ACCENTS = 32;

    private final String s;
    private int i;
    private int accents; // accent commands being read inside one another

    private LatexText(String s) {
        this.s = s;
    }

    /** {@return the text a BibTeX value stands for} */
    public static String decode(String latex) {
        String out = new LatexText(latex).read(false);
        return Normalizer.normalize(out.replaceAll("\\s+", " ").strip(), Normalizer.Form.NFC);
    }

    // reads to the end, or to the brace that closes the group when inGroup; braces inside only
    // group, so they are counted, not followed: no nesting, however deep, grows the stack
    private String read(boolean inGroup) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '}') {
                if (depth > 0) {
                    depth--;
                } else if (inGroup) {
                    return out.toString();
                }
                continue; // a closing brace with no group open is dropped
            }
            switch (c) {
                case '\\' -> command(out);
                case '{' -> depth++;
                case '$' -> { }
                case '~' -> out.append('\u00A0');
                case '-' -> dashes(out);
                case '`' -> quote(out, '`', "\u2018", "\u201C");
                case '\'' -> quote(out, '\'', "'", "\u201D");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private void dashes(StringBuilder out) {
        int n = 1;
        while (i < s.length() && s.charAt(i) == '-') {
            n++;
            i++;
        }
        out.append(n == 1 ? "-" : n == 2 ? "\u2013" : "\u2014" + "-".repeat(n - 3));
    }

    // `` and '' are double quotation marks; a single ` is an opening quote; a single ' stays an apostrophe
    private void quote(StringBuilder out, char mark, String single, String doubled) {
        if (i < s.length() && s.charAt(i) == mark) {
            i++;
            out.append(doubled);
        } else {
            out.append(single);
        }
    }

    private void command(StringBuilder out) {
        if (i >= s.length()) {
            out.append('\\');
            return;
        }
        char c = s.charAt(i);
        if (!Character.isLetter(c)) {
            i++;
            String accent = String.valueOf(c);
            if (ACCENTS.containsKey(accent)) {
                accented(out, ACCENTS.get(accent));
            } else if (c == '\\') {
                out.append(' '); // a line break
            } else {
                out.append(c); // \& \# \$ \% \_ \{ \} and a control space
            }
            return;
        }
        int start = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        String name = s.substring(start, i);
        if (name.length() == 1 && ACCENTS.containsKey(name)) {
            skipSpaces();
            accented(out, ACCENTS.get(name));
            return;
        }
        String symbol = SYMBOLS.get(name);
        if (symbol != null) {
            if (i + 1 < s.length() && s.charAt(i) == '{' && s.charAt(i + 1) == '}') {
                i += 2; // \textbackslash{}
            } else {
                skipSpaces();
            }
            out.append(symbol);
            return;
        }
        skipSpaces(); // any other command: its argument, if any, is read as text
    }

    private void skipSpaces() {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
    }

    // the accent goes on the next letter, braced or not; \i and \j stand for i and j
    private void accented(StringBuilder out, char mark) {
        String base;
        if (i < s.length() && s.charAt(i) == '{' && accents < MAX_ACCENTS) {
            i++;
            accents++;
            base = read(true);
            accents--;
        } else if (i < s.length() && s.charAt(i) == '{') {
            base = ""; // accents nested beyond reason: the mark alone, the group read as text
        } else if (i < s.length() && s.charAt(i) == '\\' && accents < MAX_ACCENTS) {
            accents++;
            i++;
            StringBuilder inner = new StringBuilder();
            command(inner);
            accents--;
            base = inner.toString();
        } else if (i < s.length()) {
            base = String.valueOf(s.charAt(i++));
        } else {
            base = "";
        }
        base = base.replace("ı", "i").replace("ȷ", "j");
        if (base.isEmpty()) {
            out.append(mark);
        } else {
            out.append(base.charAt(0)).append(mark).append(base, 1, base.length());
        }
    }
}
