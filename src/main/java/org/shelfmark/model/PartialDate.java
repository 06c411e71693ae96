package org.shelfmark.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day.
 *
 * @param year  the year (1 to 9999)
 * @param month the month (1 to 12), or 0 when only the year is known
 * @param day   the day of the month, or 0 when it is not known
 */
public record PartialDate(int year, int month, int day) implements DateValue {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** How much of a date is known. */
    public enum Precision {
        /** Only the year, such as {@code 2023}. */
        YEAR,
        /** The year and month, such as {@code 2023-07}. */
        MONTH,
        /** The full date, such as {@code 2023-07-18}. */
        DAY
    }

    /** Checks that the date exists: {@code 2022-02-30} does not. */
    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is out of range: years run from 1 to 9999");
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " does not exist: months run from 1 to 12");
        }
        if (day != 0 && month == 0) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day != 0) {
            checkDayExists(year, month, day);
        }
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @param text the date
     * @return the date
     * @throws IllegalArgumentException if the text is not such a date or the day does not exist
     */
    public static PartialDate parse(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, or two of them joined by '/'");
        }
        return new PartialDate(Integer.parseInt(m.group(1)), parsePart(m.group(2)), parsePart(m.group(3)));
    }

    /** {@return how much of the date is known} */
    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    @Override
    public PartialDate start() {
        return this;
    }

    @Override
    public String toIso() {
        return switch (precision()) {
            case YEAR -> digits(year, 4);
            case MONTH -> digits(year, 4) + "-" + digits(month, 2);
            case DAY -> digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2);
        };
    }

    private static String digits(int n, int width) {
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    @Override
    public String toString() {
        return toIso();
    }

    private static int parsePart(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static void checkDayExists(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(String.format(
                    "%04d-%02d-%02d does not exist: that month has %d days", year, month, day,
                    LocalDate.of(year, month, 1).lengthOfMonth()), e);
        }
    }
}
