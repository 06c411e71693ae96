package org.shelfmark.csl;

import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.helper.StringHelper;
import java.util.List;

/**
 * Mends how citeproc-java 3.5.2 drops an affix or delimiter that repeats the text before it:
 * citeproc-js merges only one doubled punctuation mark or space ({@code ,} then {@code , } gives
 * {@code , }), and prints the rest as the style says. Elsevier Harvard, whose title group and
 * container group both open with {@code ". "}, reads {@code 2023. . The Times} in Zotero when the
 * title stands in for the author; citeproc-java wrote {@code 2023. The Times}.
 *
 * <p>Before citeproc-java settles punctuation, each affix or delimiter that it would cut and
 * citeproc-js would not gets a private-use mark in front, which stops the cut; the mark is taken
 * out after.
 */
final class DoubledAffixes {

    private static final char KEEP = '\uE030';
    private static final String MERGED = ".,:;!? "; // what citeproc-js merges when doubled

    private DoubledAffixes() {
    }

    /** Marks the affixes and delimiters that are to stay. */
    static void keep(TokenBuffer buffer) {
        List<Token> tokens = buffer.getTokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof TextToken t1 && cut(t1) && !afterQuote(tokens, i)
                    && t1.getText().indexOf(lastBefore(tokens, i)) >= 0) {
                int overlap = StringHelper.overlap(textBefore(tokens, i, t1.getText().length()), t1.getText());
                if (overlap > 1 || overlap == 1 && MERGED.indexOf(t1.getText().charAt(0)) < 0) {
                    tokens.set(i, t1.copyWithText(KEEP + t1.getText()));
                }
            }
        }
    }

    /** Takes the marks out again. */
    static void release(TokenBuffer buffer) {
        List<Token> tokens = buffer.getTokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof TextToken t && t.getText().indexOf(KEEP) >= 0) {
                tokens.set(i, t.copyWithText(t.getText().replace(String.valueOf(KEEP), "")));
            }
        }
    }

    // the tokens citeproc-java cuts when they repeat what stands before
    private static boolean cut(TextToken t) {
        return !t.getText().isEmpty() && (t.getType() == TextToken.Type.PREFIX || t.getType() == TextToken.Type.DELIMITER
                || t.getType() == TextToken.Type.SUFFIX && !t.getText().startsWith(")"));
    }

    private static boolean afterQuote(List<Token> tokens, int i) {
        return tokens.get(i - 1) instanceof TextToken t && t.getType() == TextToken.Type.CLOSE_QUOTE;
    }

    // The last character of textBefore(tokens, i, n), whatever n, or -1 where that is empty. Text
    // that ends in a character the affix lacks cannot end in the affix's start (StringHelper.overlap
    // is then 0): most affixes are passed over without the text before them being put together.
    private static int lastBefore(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (tokens.get(j) instanceof TextToken t && t.getType() != TextToken.Type.CLOSE_QUOTE && !t.getText().isEmpty()) {
                return t.getText().charAt(t.getText().length() - 1);
            }
        }
        return -1;
    }

    // as much of the text before as citeproc-java compares, leaving out closing quotation marks
    private static String textBefore(List<Token> tokens, int i, int length) {
        StringBuilder before = new StringBuilder();
        for (int j = i - 1; j >= 0 && before.length() < length; j--) {
            if (tokens.get(j) instanceof TextToken t && (before.length() > 0 || t.getType() != TextToken.Type.CLOSE_QUOTE)) {
                before.insert(0, t.getText());
            }
        }
        return before.toString();
    }
}
