package org.shelfmark.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DateValueTest {

    @Test
    void keepsThePrecisionWritten() {
        assertEquals(PartialDate.Precision.YEAR, PartialDate.parse("2023").precision());
        assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2023-07").precision());
        assertEquals(PartialDate.Precision.DAY, PartialDate.parse("2023-07-18").precision());
        assertEquals("2023-07", PartialDate.parse("2023-07").toIso());
    }

    @Test
    void readsARangeJoinedBySlash() {
        DateValue range = DateValue.parse("2019-11/2020");
        DateRange r = assertInstanceOf(DateRange.class, range);
        assertEquals(new PartialDate(2019, 11, 0), r.start());
        assertEquals(new PartialDate(2020, 0, 0), r.end());
        assertEquals("2019-11/2020", range.toIso());
    }

    @Test
    void rejectsADayThatDoesNotExist() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateValue.parse("2022-02-30"));
        assertEquals("2022-02-30 does not exist: that month has 28 days", e.getMessage());
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInALeapYearOnly() {
        assertEquals("2024-02-29", DateValue.parse("2024-02-29").toIso());
        assertThrows(IllegalArgumentException.class, () -> DateValue.parse("2023-02-29"));
    }

    @Test
    void rejectsAMonthThatDoesNotExist() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateValue.parse("2022-13"));
        assertEquals("month 13 does not exist: months run from 1 to 12", e.getMessage());
    }

    @Test
    void rejectsOtherNotations() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateValue.parse("18/07/2023"));
        assertEquals("'18' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, or two of them joined by '/'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DateValue.parse("July 2023"));
    }

    @Test
    void rejectsARangeThatRunsBackwards() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateValue.parse("2021/2020-05"));
        assertEquals("the range 2021/2020-05 ends before it starts", e.getMessage());
    }
}
