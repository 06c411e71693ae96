package org.shelfmark.formats;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text as a BibTeX field value: the characters TeX treats as commands written as commands
 * ({@code \&}, {@code \textbackslash{}}, ...); braces that pair up as {@code \{} and {@code \}},
 * and a brace without its pair as {@code \textbraceleft{}} or {@code \textbraceright{}}, so that
 * every value's braces stay balanced whatever it holds (BibTeX counts {@code \{} too); line
 * breaks as spaces. For classic BibTeX, accented Latin letters, typographic quotes and dashes are
 * written as LaTeX commands ({@code {\'e}}, {@code {\textquoteright}}); other characters (emoji,
 * right-to-left scripts) have no LaTeX command and stay UTF-8.
 */
public final class Latex {

    private static final Map<Character, String> SPECIAL = Map.ofEntries(Map.entry('\\', "\\textbackslash{}"),
            Map.entry('{', "\\textbraceleft{}"), Map.entry('}', "\\textbraceright{}"), Map.entry('#', "\\#"),
            Map.entry('$', "\\$"), Map.entry('%', "\\%"), Map.entry('&', "\\&"), Map.entry('_', "\\_"),
            Map.entry('~', "\\textasciitilde{}"), Map.entry('^', "\\textasciicircum{}"), Map.entry('`', "\\textasciigrave{}"));
    // TeX's own dashes, -- and ---, which every reader knows (pandoc knows no \textendash); they stand
    // as control characters, which no escaped text holds, until the hyphens of the text are kept apart
    private static final String EN_DASH = "\u0001";
    private static final String EM_DASH = "\u0002";
    private static final Map<Character, String> LETTERS = Map.ofEntries(Map.entry('ß', "{\\ss}"), Map.entry('æ', "{\\ae}"),
            Map.entry('Æ', "{\\AE}"), Map.entry('ø', "{\\o}"), Map.entry('Ø', "{\\O}"), Map.entry('ł', "{\\l}"),
            Map.entry('Ł', "{\\L}"), Map.entry('œ', "{\\oe}"), Map.entry('Œ', "{\\OE}"), Map.entry('ı', "{\\i}"),
            Map.entry('\u2018', "{\\textquoteleft}"), Map.entry('\u2019', "{\\textquoteright}"),
            Map.entry('\u201C', "{\\textquotedblleft}"), Map.entry('\u201D', "{\\textquotedblright}"),
            Map.entry('\u2013', EN_DASH), Map.entry('\u2014', EM_DASH), Map.entry('\u00A0', "~"));
    // combining mark -> the LaTeX accent command that puts it on a letter
    private static final Map<Character, String> ACCENTS = Map.ofEntries(Map.entry('\u0301', "'"), Map.entry('\u0300', "`"),
            Map.entry('\u0302', "^"), Map.entry('\u0308', "\""), Map.entry('\u0303', "~"), Map.entry('\u0327', "c"),
            Map.entry('\u030C', "v"), Map.entry('\u030A', "r"), Map.entry('\u0304', "="), Map.entry('\u0307', "."),
            Map.entry('\u0306', "u"), Map.entry('\u0328', "k"), Map.entry('\u030B', "H"));
    private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\u000B\\u000C\\u0085\\u2028\\u2029\\t]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern CONTROLS = Pattern.compile("[\\u0000-\\u0008\\u000E-\\u001F\\u007F]");

    private Latex() {
    }

    /**
     * {@return the text as a field value}
     *
     * @param text  the text
     * @param ascii whether non-ASCII letters are written as LaTeX commands (classic BibTeX)
     */
    public static String escape(String text, boolean ascii) {
        // most values are plain: ASCII with nothing TeX reads otherwise
        return plain(text) ? text : escaped(text, ascii);
    }

    /** The mark of a range's dash in a text for {@link #escapeRange}. */
    public static final char RANGE_MARK = '\uE000';

    /**
     * {@return a text as a field value, each {@link #RANGE_MARK} in it then TeX's en dash, {@code --}}
     * What {@code escape(marked, ascii).replace(RANGE_MARK, "--")} gives; a text plain but for its
     * marks (most page ranges: the mark sends every one through {@link #escaped}, and its two
     * normalizations) is not escaped.
     *
     * @param marked the text, with the marks
     * @param ascii  whether non-ASCII letters are written as LaTeX commands (classic BibTeX)
     */
    public static String escapeRange(String marked, boolean ascii) {
        // a mark in a plain text stays as it is, and takes no part in what makes a text not plain
        // (a doubled space, hyphen or apostrophe): a plain character in its place tells the same
        String escaped = plain(marked.replace(RANGE_MARK, '0')) ? marked : escape(marked, ascii);
        return escaped.replace(String.valueOf(RANGE_MARK), "--");
    }

    // what escape gives a text that is not plain, and gives a plain one as it is
    static String escaped(String text, boolean ascii) {
        // TeX reads a run of spaces as one, and none at either end (the expressions run only on a
        // text that has a break, a control character or two spaces: most have none)
        String flat = !flattened(text) ? text
                : SPACES.matcher(CONTROLS.matcher(BREAKS.matcher(text).replaceAll(" ")).replaceAll("")).replaceAll(" ");
        StringBuilder out = new StringBuilder(flat.length() + 16);
        String source = ascii && !asciiOnly(flat) ? Normalizer.normalize(flat, Normalizer.Form.NFD) : flat;
        boolean[] paired = source.indexOf('{') < 0 ? null : pairedBraces(source);
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            // a character TeX reads as it is, with no combining mark after it to put on it (every
            // mark is at U+0300 or above): as it is, without the look-ups below
            if (c < 0x7F && PLAIN[c] && (i + 1 == source.length() || source.charAt(i + 1) < 0x300)) {
                out.append(c);
                continue;
            }
            String special = SPECIAL.get(c);
            if ((c == '{' || c == '}') && paired != null && paired[i]) {
                out.append('\\').append(c); // a pair keeps BibTeX's count even, and every reader knows \{ and \}
            } else if (special != null) {
                out.append(special);
            } else if (ascii && i + 1 < source.length() && ACCENTS.containsKey(source.charAt(i + 1)) && Character.isLetter(c)) {
                out.append(accented(c, source.charAt(++i)));
            } else if (!ascii || c < 128) {
                out.append(c);
            } else if (LETTERS.containsKey(c)) {
                out.append(LETTERS.get(c));
            } else if (ACCENTS.containsKey(c)) {
                out.append(c); // a mark with no letter before it stays as it is
            } else {
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFC));
            }
        }
        String built = out.toString();
        String escaped = ascii && !asciiOnly(built) ? Normalizer.normalize(built, Normalizer.Form.NFC) : built;
        return dashes(ligaturesBroken(escaped));
    }

    // whether the expressions that flatten a text would change it: a line break or tab (BREAKS),
    // a control character (CONTROLS) or two spaces together (SPACES)
    private static boolean flattened(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029
                    || c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    // ASCII alone: what both normal forms leave as it is
    private static boolean asciiOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    // each dash as TeX's ligature, kept apart by an empty group from a hyphen or dash beside it
    private static String dashes(String s) {
        if (s.indexOf(EN_DASH.charAt(0)) < 0 && s.indexOf(EM_DASH.charAt(0)) < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != EN_DASH.charAt(0) && c != EM_DASH.charAt(0)) {
                out.append(c);
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
                out.append("{}");
            }
            out.append(c == EN_DASH.charAt(0) ? "--" : "---");
            if (i + 1 < s.length() && "-\u0001\u0002".indexOf(s.charAt(i + 1)) >= 0) {
                out.append("{}");
            }
        }
        return out.toString();
    }

    // the printable ASCII characters TeX reads as they are: a table, looked up for every character
    // of every value exported
    private static final boolean[] PLAIN = plainCharacters();

    private static boolean[] plainCharacters() {
        boolean[] plain = new boolean[0x7F];
        for (char c = 0x20; c < 0x7F; c++) {
            plain[c] = "#$%&_{}~^\\`".indexOf(c) < 0;
        }
        return plain;
    }

    // Printable ASCII with no special character, no break, no run of spaces and no ligature. The
    // text's characters are taken as bytes, at once: a character at a time (charAt), this look was
    // a fifth of writing a long BibTeX export. A character beyond Latin-1, which such bytes give
    // as '?', is no plain character, and a '?' is looked at again.
    static boolean plain(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
        int before = 0;
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i]; // a character of Latin-1 beyond ASCII is below 0
            if (c < 0x20 || c == 0x7F || !PLAIN[c] || c == '?' && s.charAt(i) != '?'
                    || c == before && (c == ' ' || c == '-' || c == '\'')) {
                return false;
            }
            before = c;
        }
        return true;
    }

    // which braces of the text close or are closed by another
    private static boolean[] pairedBraces(String s) {
        boolean[] paired = new boolean[s.length()];
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                open.push(i);
            } else if (s.charAt(i) == '}' && !open.isEmpty()) {
                paired[open.pop()] = true;
                paired[i] = true;
            }
        }
        return paired;
    }

    private static final String[] LIGATURES = {"--", "``", "''", "?`", "!`"};

    // TeX joins -- into a dash, `` and '' into quotation marks, ?` and !` into inverted marks:
    // an empty group between keeps the characters as written
    private static String ligaturesBroken(String s) {
        String out = s;
        for (String pair : LIGATURES) {
            while (out.contains(pair)) { // the group made only for a text that has the pair
                out = out.replace(pair, pair.charAt(0) + "{}" + pair.charAt(1));
            }
        }
        return out;
    }

    // {\'e}; a dotless i under an accent ({\'\i}); letter accents take braces ({\c{c}})
    private static String accented(char letter, char mark) {
        String command = ACCENTS.get(mark);
        String base = letter == 'i' ? "\\i" : letter == 'j' ? "\\j" : String.valueOf(letter);
        return Character.isLetter(command.charAt(0)) ? "{\\" + command + "{" + base + "}}" : "{\\" + command + base + "}";
    }
}
