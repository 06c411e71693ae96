package org.shelfmark.csl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the small HTML citeproc-java writes for an entry into another markup: the tags it
 * uses (spans with styles, {@code i}, {@code b}, {@code sup}, {@code sub}, {@code div}) become the
 * target's marks, entities become characters, and text is escaped as the target needs.
 */
final class HtmlConverter {

    private static final Pattern TOKEN = Pattern.compile("<(/?)([a-zA-Z]+)([^>]*)>|&(#?[a-zA-Z0-9]+);|[^<&]+|[<&]");

    /** What one markup writes. */
    interface Target {
        /** {@return the marks around an element's content, or null to write its content alone} */
        String[] marks(String tag, String attributes);

        /** {@return text escaped for the markup} */
        String escape(String text);
    }

    private HtmlConverter() {
    }

    static String convert(String html, Target target) {
        StringBuilder out = new StringBuilder();
        Deque<String> closers = new ArrayDeque<>();
        Matcher m = TOKEN.matcher(html);
        while (m.find()) {
            if (m.group(2) != null) {
                element(m.group(1).isEmpty(), m.group(2).toLowerCase(Locale.ROOT), m.group(3), out, closers, target);
            } else if (m.group(4) != null) {
                out.append(target.escape(HtmlText.entity(m.group(4), m.group())));
            } else {
                out.append(target.escape(m.group()));
            }
        }
        return out.toString().strip();
    }

    private static void element(boolean opening, String tag, String attributes, StringBuilder out,
            Deque<String> closers, Target target) {
        if (tag.equals("div") || tag.equals("br")) {
            return;
        }
        if (!opening) {
            out.append(closers.isEmpty() ? "" : closers.pop());
            return;
        }
        String[] marks = target.marks(tag, attributes);
        out.append(marks == null ? "" : marks[0]);
        closers.push(marks == null ? "" : marks[1]);
    }

    /** {@return the kind of emphasis an element asks for: italic, bold, small-caps, sup, sub, or null} */
    static String emphasis(String tag, String attributes) {
        if (tag.equals("i") || tag.equals("em") || attributes.contains("font-style: italic")) {
            return "italic";
        }
        if (tag.equals("b") || tag.equals("strong") || attributes.contains("font-weight: bold")) {
            return "bold";
        }
        if (attributes.contains("font-variant: small-caps")) {
            return "small-caps";
        }
        return tag.equals("sup") || tag.equals("sub") ? tag : null;
    }
}
