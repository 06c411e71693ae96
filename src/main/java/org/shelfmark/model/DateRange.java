package org.shelfmark.model;

import java.util.Objects;

/**
 * A range of two dates, such as the years a serial ran or the days of a conference.
 *
 * @param start the first date
 * @param end   the last date, not before the first
 */
public record DateRange(PartialDate start, PartialDate end) implements DateValue {

    /** Checks that the range does not run backwards. */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (endsBeforeStart(start, end)) {
            throw new IllegalArgumentException("the range " + start + "/" + end + " ends before it starts");
        }
    }

    // Compares only the parts both dates know: 2020-05/2020 is a fair range, 2021/2020-05 is not.
    private static boolean endsBeforeStart(PartialDate start, PartialDate end) {
        int[] a = {start.year(), start.month(), start.day()};
        int[] b = {end.year(), end.month(), end.day()};
        for (int i = 0; i < a.length && a[i] != 0 && b[i] != 0; i++) {
            if (a[i] != b[i]) {
                return b[i] < a[i];
            }
        }
        return false;
    }

    @Override
    public String toIso() {
        return start.toIso() + "/" + end.toIso();
    }

    @Override
    public String toString() {
        return toIso();
    }
}
