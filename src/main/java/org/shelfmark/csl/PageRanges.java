package org.shelfmark.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Mends citeproc-java 3.5.2's {@code page-range-format="minimal-two"}, which drops a leading
 * zero: MLA's {@code 101–102} reads {@code 101–2}, where citeproc-js keeps two digits,
 * {@code 101–02}.
 *
 * <p>The style handed to citeproc-java has no page range format, and each item's pages come
 * already shortened, as citeproc-js shortens them: the end expanded to the length of the start,
 * then the digits it shares with the start dropped while more than two are left, and letters
 * before the end dropped where they repeat the start's ({@code S12–14}).
 */
final class PageRanges {

    // a range of pages, each with the letters before it that citeproc-js allows (S12-S14)
    private static final Pattern RANGE = Pattern.compile("\\b([A-Za-z]*)(\\d+)\\s*[-\u2013]\\s*([A-Za-z]*)(\\d+)\\b");

    private PageRanges() {
    }

    /** {@return whether the style shortens to two digits; if so, its page range format is taken out, in place} */
    static boolean rewrite(Document doc) {
        Element root = doc.getDocumentElement();
        if (!"minimal-two".equals(root.getAttribute("page-range-format"))) {
            return false;
        }
        root.removeAttribute("page-range-format");
        return true;
    }

    /** {@return the items, with plain page ranges shortened to two digits as citeproc-js does} */
    static CSLItemData[] minimalTwo(CSLItemData[] items) {
        return Arrays.stream(items).map(i -> i.getPage() == null ? i : new CSLItemDataBuilder(i).page(shorten(i.getPage())).build())
                .toArray(CSLItemData[]::new);
    }

    static String shorten(String pages) {
        Matcher m = RANGE.matcher(pages);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String prefix = m.group(1);
            String begin = m.group(2);
            String end = m.group(4);
            if (end.length() < begin.length()) {
                end = begin.substring(0, begin.length() - end.length()) + end;
            }
            boolean shortened = (m.group(3).isEmpty() || m.group(3).equals(prefix))
                    && new java.math.BigInteger(begin).compareTo(new java.math.BigInteger(end)) < 0;
            String range = shortened ? prefix + begin + "-" + minimal(begin, end) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(range));
        }
        m.appendTail(out);
        return out.toString();
    }

    // citeproc-js's minimize_internal with two characters kept
    private static String minimal(String begin, String end) {
        if (begin.length() != end.length()) {
            return end;
        }
        int i = 0;
        while (i < begin.length() && begin.charAt(i) == end.charAt(i) && end.length() - i > 2) {
            i++;
        }
        return end.substring(i);
    }
}
