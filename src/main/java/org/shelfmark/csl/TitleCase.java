package org.shelfmark.csl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Mends citeproc-java 3.5.2's {@code text-case="title"}, which follows rules of its own: it
 * capitalises short words citeproc-js leaves alone ({@code Ledarskap I Vården}), has other stop
 * words ({@code It’s About People}, {@code Speaking Up: A Guide}) and does not capitalise a stop
 * word that ends the title ({@code Look like?}).
 *
 * <p>The style handed to citeproc-java marks each {@code <text>} in title case with
 * {@code font-weight="light"} instead, which no style in the styles jar uses; the output formats
 * Shelfmark gives citeproc-java write that weight as a pair of private-use marks, after
 * citeproc-java has settled punctuation. After rendering, the text between the marks is put in
 * title case as citeproc-js 2.4.63 does it ({@code title} in its {@code CSL.Output.Formatters}):
 * its stop words, its split at quotation marks and punctuation, a capital after {@code : ? !},
 * and a stop word capitalised at the end.
 */
final class TitleCase {

    static final char OPEN = '\uE020';
    static final char CLOSE = '\uE021';

    private static final String CSL = "http://purl.org/net/xbiblio/csl";

    // citeproc-js's CSL.SKIP_WORDS, joined as citeproc-js joins them (unescaped, so "vs." is "vs" and any character)
    private static final String[] SKIP_WORDS = {"about", "above", "across", "afore", "after", "against", "al", "along",
        "alongside", "amid", "amidst", "among", "amongst", "anenst", "apropos", "apud", "around", "as", "aside", "astride",
        "at", "athwart", "atop", "barring", "before", "behind", "below", "beneath", "beside", "besides", "between",
        "beyond", "but", "by", "circa", "despite", "down", "during", "et", "except", "for", "forenenst", "from", "given",
        "in", "inside", "into", "lest", "like", "modulo", "near", "next", "notwithstanding", "of", "off", "on", "onto",
        "out", "over", "per", "plus", "pro", "qua", "sans", "since", "than", "through", " thru", "throughout", "thruout",
        "till", "to", "toward", "towards", "under", "underneath", "until", "unto", "up", "upon", "versus", "vs.", "v.",
        "vs", "v", "via", "vis-à-vis", "with", "within", "without", "according to", "ahead of", "apart from", "as for",
        "as of", "as per", "as regards", "aside from", "back to", "because of", "close to", "due to", "except for",
        "far from", "inside of", "instead of", "near to", "next to", "on to", "out from", "out of", "outside of",
        "prior to", "pursuant to", "rather than", "regardless of", "such as", "that of", "up to", "where as", "or", "yet",
        "so", "for", "and", "nor", "a", "an", "the", "de", "d'", "von", "van", "c", "ca"};
    private static final Pattern SKIP = Pattern.compile(
            "(?:(?:[?!:]*\\s+|-|^)(?:" + String.join("|", SKIP_WORDS) + ")(?=[!?:]*\\s+|-|$))");

    // citeproc-js's tag splitter, with any HTML tag where it lists its own
    private static final Pattern TAG = Pattern.compile(
            "(?:\u2018|\u2019|\u201C|\u201D| \"| '|\"|'|[-\u2013\u2014/.,;?!:]|\\[|\\]|\\(|\\)|<[^>]+>)");
    private static final Pattern SPACES = Pattern.compile("[\u00A0\u0020\u2000-\u200B\u205F\u3000]+");
    private static final Pattern QUOTE_TAG = Pattern.compile("(^(?:\u2018|\u2019|\u201C|\u201D|\"|')|(?: \"| ')$)");
    private static final Pattern AFTER_PUNCT = Pattern.compile("[!?:]$");
    private static final List<String> OPENERS = List.of("\u201C", "\u2018", " \"", " '");
    private static final Map<String, String[]> QUOTE_PARAMS = Map.of(
            " \"", new String[] {" '", "\""}, " '", new String[] {" \"", "'"},
            "\u2018", new String[] {"\u2018", "\u2019"}, "\u201C", new String[] {"\u201C", "\u201D"});

    private TitleCase() {
    }

    /** Marks, in place, each {@code <text>} in title case for the pass after rendering. */
    static void rewrite(Document doc) {
        NodeList texts = doc.getElementsByTagNameNS(CSL, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if ("title".equals(text.getAttribute("text-case")) && !text.hasAttribute("font-weight")
                    && (text.hasAttribute("variable") || text.hasAttribute("macro"))) {
                text.removeAttribute("text-case");
                text.setAttribute("font-weight", "light");
            }
        }
    }

    /**
     * {@return the rendered text with the marked parts in title case, and no marks}
     *
     * @param rendered the text citeproc-java rendered
     * @param english  whether the parts are to be put in title case: citeproc-js leaves the titles
     *                 of items in other languages as they are
     */
    static String resolve(String rendered, boolean english) {
        if (rendered.indexOf(OPEN) < 0) {
            return rendered;
        }
        StringBuilder out = new StringBuilder(rendered.length());
        int from = 0;
        for (int open = rendered.indexOf(OPEN); open >= 0; open = rendered.indexOf(OPEN, from)) {
            int close = rendered.indexOf(CLOSE, open);
            if (close < 0) {
                break;
            }
            out.append(rendered, from, open);
            String part = rendered.substring(open + 1, close);
            out.append(english ? title(part) : part);
            from = close + 1;
        }
        out.append(rendered, from, rendered.length());
        return out.toString().replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
    }

    /**
     * {@return a string in title case, as citeproc-js puts it}
     *
     * @param string the string, plain text or HTML
     */
    static String title(String string) {
        return new Run(string).run();
    }

    /** One run of citeproc-js's text-case engine with its title-case word rule. */
    private static final class Run {
        private final List<String> tags = new ArrayList<>();
        private final List<String> strings = new ArrayList<>();
        private final List<String> origStrings;
        private final Deque<String> tagState = new ArrayDeque<>();
        private final Deque<Quote> quoteState = new ArrayDeque<>();
        private boolean afterPunct;
        private boolean isFirst = true;
        private int[] lastWordPos;

        private record Quote(String opener, String closer, Integer pos) {
        }

        Run(String string) {
            split(string);
            origStrings = List.copyOf(strings);
        }

        // citeproc-js's Doppeler: the strings between tags, and the tags
        private void split(String string) {
            Matcher m = TAG.matcher(string);
            int from = 0;
            while (m.find()) {
                strings.add(string.substring(from, m.start()));
                tags.add(m.group());
                from = m.end();
            }
            strings.add(string.substring(from));
            for (int i = tags.size() - 1; i >= 0; i--) {
                if (tags.get(i).equals("'") && !strings.get(i + 1).isEmpty()) {
                    strings.set(i + 1, "'" + strings.get(i + 1));
                    tags.set(i, "");
                }
            }
        }

        String run() {
            if (!strings.get(0).isBlank()) {
                strings.set(0, capitaliseWords(strings.get(0), 0, tags.isEmpty() ? null : tags.get(0)));
            }
            for (int i = 0; i < tags.size(); i++) {
                String tag = tags.get(i);
                String str = strings.get(i + 1);
                String closer = tagCloser(tag);
                if (closer != null) {
                    tagState.push(closer);
                } else if (!tagState.isEmpty() && tag.equals(tagState.peek())) {
                    tagState.pop();
                }
                if (AFTER_PUNCT.matcher(tag).find()) {
                    afterPunct = true;
                }
                if (tagState.isEmpty()) {
                    // citeproc-js passes no following tag here, so a hyphen never counts after the first string
                    strings.set(i + 1, capitaliseWords(str, i + 1, null));
                } else if (!strings.get(i + 1).isBlank()) {
                    lastWordPos = null;
                }
                Integer quotePos = quoteFix(tag, i);
                if (quotePos != null) {
                    restore(quotePos);
                    lastWordPos = null;
                }
                if (isFirst && !str.isBlank()) {
                    isFirst = false;
                }
                if (afterPunct && !str.isBlank()) {
                    afterPunct = false;
                }
            }
            for (Quote q : quoteState) {
                if (q.pos() != null) {
                    restore(q.pos());
                }
            }
            capitaliseLastStopWord();
            StringBuilder out = new StringBuilder(strings.get(0));
            for (int i = 0; i < tags.size(); i++) {
                out.append(tags.get(i)).append(strings.get(i + 1));
            }
            return out.toString();
        }

        private static String tagCloser(String tag) {
            if (tag.equals("<sc>") || tag.equals("<sub>") || tag.equals("<sup>")) {
                return "</" + tag.substring(1);
            }
            if (tag.startsWith("<span") && (tag.contains("small-caps") || tag.contains("class=\"nocase\"")
                    || tag.contains("class=\"nodecor\""))) {
                return "</span>";
            }
            return null;
        }

        private void restore(int quotePos) {
            String orig = origStrings.get(quotePos + 1);
            String now = strings.get(quotePos + 1);
            strings.set(quotePos + 1, (orig.isEmpty() ? "" : orig.substring(0, 1)) + (now.isEmpty() ? "" : now.substring(1)));
        }

        private Integer quoteFix(String tag, int pos) {
            Matcher m = QUOTE_TAG.matcher(tag);
            if (!m.find()) {
                return null;
            }
            String quote = m.group(1);
            if (OPENERS.contains(quote)) {
                if (quoteState.isEmpty() || quote.equals(quoteState.peek().opener())) {
                    String[] p = QUOTE_PARAMS.get(quote);
                    quoteState.push(new Quote(p[0], p[1], pos));
                    return null;
                }
                Integer prevPos = quoteState.pop().pos();
                String[] p = QUOTE_PARAMS.get(quote);
                quoteState.push(new Quote(p[0], p[1], null)); // citeproc-js stores no position here
                return prevPos;
            }
            if (!quoteState.isEmpty() && quote.equals(quoteState.peek().closer())) {
                quoteState.pop();
                return null;
            }
            return pos;
        }

        private String capitaliseWords(String str, int i, String followingTag) {
            if (str.isBlank()) {
                return str;
            }
            List<String> words = new ArrayList<>();
            List<String> spaces = new ArrayList<>();
            Matcher m = SPACES.matcher(str);
            int from = 0;
            while (m.find()) {
                words.add(str.substring(from, m.start()));
                spaces.add(m.group());
                from = m.end();
            }
            words.add(str.substring(from));
            for (int j = 0; j < words.size(); j++) {
                String word = words.get(j);
                if (word.isEmpty()) {
                    continue;
                }
                String lcase = word.toLowerCase(Locale.ROOT);
                boolean capitalize = false;
                if (word.length() > 1 && !SKIP.matcher(lcase).find()) {
                    capitalize = true;
                } else if (j == words.size() - 1 && "-".equals(followingTag)) {
                    capitalize = true;
                } else if (isFirst || afterPunct) {
                    capitalize = true;
                }
                if (capitalize && word.equals(lcase)) {
                    words.set(j, capitalise(word));
                }
                afterPunct = false;
                isFirst = false;
                lastWordPos = new int[] {i, j};
            }
            StringBuilder out = new StringBuilder(words.get(0));
            for (int j = 0; j < spaces.size(); j++) {
                out.append(spaces.get(j)).append(words.get(j + 1));
            }
            return out.toString();
        }

        private void capitaliseLastStopWord() {
            if (lastWordPos == null) {
                return;
            }
            String str = strings.get(lastWordPos[0]);
            Matcher m = SPACES.matcher(str);
            int start = 0;
            int index = 0;
            while (index < lastWordPos[1] && m.find()) {
                start = m.end();
                index++;
            }
            int end = m.find(start) ? m.start() : str.length();
            String lastWord = str.substring(start, end);
            if (lastWord.length() > 1 && SKIP.matcher(lastWord.toLowerCase(Locale.ROOT)).find()) {
                strings.set(lastWordPos[0], str.substring(0, start) + capitalise(lastWord) + str.substring(end));
            }
        }

        // citeproc-js's _capitalise: the first letter upper case, but not a Greek letter standing alone
        private static String capitalise(String word) {
            int lead = 0;
            while (lead < word.length() && Character.isWhitespace(word.charAt(lead))) {
                lead++;
            }
            if (lead == word.length()) {
                return word;
            }
            int next = word.offsetByCodePoints(lead, 1);
            String first = word.substring(lead, next);
            if (next == word.length() && first.charAt(0) >= '\u0370' && first.charAt(0) <= '\u03FF') {
                return word;
            }
            return word.substring(0, lead) + first.toUpperCase(Locale.ROOT) + word.substring(next);
        }
    }
}
