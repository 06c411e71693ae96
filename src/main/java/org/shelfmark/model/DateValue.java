package org.shelfmark.model;

/**
 * A date as a bibliography gives it: a single date to year, month or day ({@link PartialDate}),
 * or a range of two ({@link DateRange}). A reference with no date simply has none, which a
 * Harvard style prints as "no date".
 */
public sealed interface DateValue permits PartialDate, DateRange {

    /** {@return the first or only date} */
    PartialDate start();

    /** {@return the date in ISO 8601 form: {@code 2023}, {@code 2023-07}, {@code 2023-07-18}, or two joined by {@code /}} */
    String toIso();

    /**
     * Parses an ISO 8601 date to year, month or day precision, or a range of two such dates
     * joined by {@code /}.
     *
     * @param text the date, such as {@code 2023-07-18}, {@code 2022-02} or {@code 2019/2020}
     * @return the date
     * @throws IllegalArgumentException if the text is not such a date, or names a day that does
     *                                  not exist (such as {@code 2022-02-30}); the message says why
     */
    static DateValue parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return PartialDate.parse(text);
        }
        return new DateRange(PartialDate.parse(text.substring(0, slash)),
                PartialDate.parse(text.substring(slash + 1)));
    }
}
