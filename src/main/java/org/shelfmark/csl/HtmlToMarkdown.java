package org.shelfmark.csl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the small HTML that citeproc-java writes for one entry into CommonMark. citeproc-java's
 * own Markdown output escapes every punctuation mark ({@code Evans\, D\.}), which no reader wants.
 */
final class HtmlToMarkdown {

    private static final Pattern TOKEN = Pattern.compile("<(/?)([a-zA-Z]+)([^>]*)>|&(#?[a-zA-Z0-9]+);|[^<&]+|[<&]");

    private HtmlToMarkdown() {
    }

    static String convert(String html) {
        StringBuilder out = new StringBuilder();
        Deque<String> closers = new ArrayDeque<>();
        Matcher m = TOKEN.matcher(html);
        while (m.find()) {
            if (m.group(2) != null) {
                tag(m.group(1).isEmpty(), m.group(2).toLowerCase(java.util.Locale.ROOT), m.group(3), out, closers);
            } else if (m.group(4) != null) {
                out.append(escape(HtmlText.entity(m.group(4), m.group())));
            } else {
                out.append(escape(m.group()));
            }
        }
        return out.toString().strip();
    }

    private static void tag(boolean opening, String name, String attributes, StringBuilder out, Deque<String> closers) {
        if (name.equals("div") || name.equals("br")) {
            return;
        }
        if (!opening) {
            out.append(closers.isEmpty() ? "" : closers.pop());
            return;
        }
        String marker = marker(name, attributes);
        out.append(marker);
        closers.push(name.equals("sup") || name.equals("sub") ? "</" + name + ">" : marker);
    }

    private static String marker(String name, String attributes) {
        if (name.equals("i") || name.equals("em") || attributes.contains("font-style: italic")) {
            return "*";
        }
        if (name.equals("b") || name.equals("strong") || attributes.contains("font-weight: bold")) {
            return "**";
        }
        if (name.equals("sup") || name.equals("sub")) {
            return "<" + name + ">";
        }
        return "";
    }

    private static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\*_[]`<".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }
}
