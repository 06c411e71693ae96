package org.shelfmark.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends citeproc-java 3.5.2's blindness to CSL 1.0.2's {@code event-title}: it reads only the
 * older {@code event}, so APA and Chicago lose "NHS ConfedExpo, Manchester" from a keynote.
 *
 * <p>Where a style names {@code event-title}, the style handed to citeproc-java names
 * {@code event} there instead, and items carry their event title as {@code event}. A style that
 * names only {@code event} is left alone, as citeproc-js leaves it: it does not read an item's
 * {@code event-title} as {@code event}.
 */
final class EventTitle {

    private static final Pattern VARIABLE_ATTRIBUTE = Pattern.compile("(variable=\")([^\"]*)(\")");
    private static final Pattern EVENT_TITLE = Pattern.compile("\\bevent-title\\b");

    private EventTitle() {
    }

    static boolean named(String styleXml) {
        Matcher m = VARIABLE_ATTRIBUTE.matcher(styleXml);
        while (m.find()) {
            if (EVENT_TITLE.matcher(m.group(2)).find()) {
                return true;
            }
        }
        return false;
    }

    static String rewriteStyle(String styleXml) {
        return VARIABLE_ATTRIBUTE.matcher(styleXml).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + EVENT_TITLE.matcher(m.group(2)).replaceAll("event") + m.group(3)));
    }

    static CSLItemData[] asEvent(CSLItemData[] items) {
        return Arrays.stream(items)
                .map(i -> i.getEventTitle() == null ? i : new CSLItemDataBuilder(i).event(i.getEventTitle()).build())
                .toArray(CSLItemData[]::new);
    }
}
