package org.shelfmark.csl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the small HTML that citeproc-java writes for one entry into an RTF fragment, for Word
 * users to paste: citeproc-java 3 no longer writes RTF itself.
 */
final class HtmlToRtf {

    private static final Pattern TOKEN = Pattern.compile("<(/?)([a-zA-Z]+)([^>]*)>|&(#?[a-zA-Z0-9]+);|[^<&]+|[<&]");

    private HtmlToRtf() {
    }

    /** {@return the entry as RTF: italics as {@code {\i ...}}, every character outside ASCII as {@code \\uN?}} */
    static String convert(String html) {
        StringBuilder out = new StringBuilder();
        Deque<Boolean> opened = new ArrayDeque<>();
        Matcher m = TOKEN.matcher(html);
        while (m.find()) {
            if (m.group(2) != null) {
                tag(m.group(1).isEmpty(), m.group(2).toLowerCase(java.util.Locale.ROOT), m.group(3), out, opened);
            } else if (m.group(4) != null) {
                out.append(escape(HtmlText.entity(m.group(4), m.group())));
            } else {
                out.append(escape(m.group()));
            }
        }
        return out.toString().strip();
    }

    private static void tag(boolean opening, String name, String attributes, StringBuilder out, Deque<Boolean> opened) {
        if (name.equals("div") || name.equals("br")) {
            return;
        }
        if (!opening) {
            if (!opened.isEmpty() && opened.pop()) {
                out.append('}');
            }
            return;
        }
        String control = control(name, attributes);
        opened.push(control != null);
        if (control != null) {
            out.append('{').append(control).append(' ');
        }
    }

    private static String control(String name, String attributes) {
        if (name.equals("i") || name.equals("em") || attributes.contains("font-style: italic")) {
            return "\\i";
        }
        if (name.equals("b") || name.equals("strong") || attributes.contains("font-weight: bold")) {
            return "\\b";
        }
        if (attributes.contains("font-variant: small-caps")) {
            return "\\scaps";
        }
        if (name.equals("sup")) {
            return "\\super";
        }
        if (name.equals("sub")) {
            return "\\sub";
        }
        return null;
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\\' || c == '{' || c == '}') {
                s.append('\\').append((char) c);
            } else if (c < 0x80) {
                s.append((char) c);
            } else {
                for (char unit : Character.toChars(c)) {
                    s.append("\\u").append((int) (short) unit).append('?');
                }
            }
        });
        return s.toString();
    }

    /** {@return a whole RTF document holding the entries, one paragraph each} */
    static String document(Iterable<String> entries) {
        StringBuilder doc = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n");
        for (String e : entries) {
            doc.append("{\\pard ").append(e).append("\\par}\n");
        }
        return doc.append("}\n").toString();
    }
}
