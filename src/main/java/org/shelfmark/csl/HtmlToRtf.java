package org.shelfmark.csl;

/**
 * Turns the small HTML that citeproc-java writes for one entry into an RTF fragment, for Word
 * users to paste: citeproc-java 3 no longer writes RTF itself.
 */
final class HtmlToRtf {

    private static final HtmlConverter.Target RTF = new HtmlConverter.Target() {
        @Override
        public String[] marks(String tag, String attributes) {
            String emphasis = HtmlConverter.emphasis(tag, attributes);
            if (emphasis == null) {
                return null;
            }
            String control = switch (emphasis) {
                case "italic" -> "\\i";
                case "bold" -> "\\b";
                case "small-caps" -> "\\scaps";
                case "sup" -> "\\super";
                default -> "\\sub";
            };
            return new String[] {"{" + control + " ", "}"};
        }

        @Override
        public String escape(String text) {
            return HtmlToRtf.escape(text);
        }
    };

    private HtmlToRtf() {
    }

    /** {@return the entry as RTF: italics as {@code {\i ...}}, every character outside ASCII as {@code \\uN?}} */
    static String convert(String html) {
        return HtmlConverter.convert(html, RTF);
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
