package org.shelfmark.csl;

/**
 * Turns the small HTML that citeproc-java writes for one entry into CommonMark. citeproc-java's
 * own Markdown output escapes every punctuation mark ({@code Evans\, D\.}), which no reader wants.
 */
final class HtmlToMarkdown {

    private static final HtmlConverter.Target MARKDOWN = new HtmlConverter.Target() {
        @Override
        public String[] marks(String tag, String attributes) {
            String emphasis = HtmlConverter.emphasis(tag, attributes);
            if (emphasis == null || emphasis.equals("small-caps")) {
                return null;
            }
            return switch (emphasis) {
                case "italic" -> new String[] {"*", "*"};
                case "bold" -> new String[] {"**", "**"};
                default -> new String[] {"<" + emphasis + ">", "</" + emphasis + ">"}; // CommonMark keeps inline HTML
            };
        }

        @Override
        public String escape(String text) {
            StringBuilder s = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                if ("\\*_[]`<".indexOf(c) >= 0) {
                    s.append('\\');
                }
                s.append(c);
            }
            return s.toString();
        }
    };

    private HtmlToMarkdown() {
    }

    static String convert(String html) {
        return HtmlConverter.convert(html, MARKDOWN);
    }
}
