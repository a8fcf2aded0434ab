package id.ruangkonseling.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The periods a counselor picks, in the school's calendar: months, the two school semesters, chosen days. */
class ReportPeriodTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final ZoneId JAYAPURA = ZoneId.of("Asia/Jayapura");

    @Test
    void theOddSemesterRunsFromJulyToDecemberAndTheEvenOneFromJanuaryToJune() {
        assertEquals(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), ReportPeriod.semester(LocalDate.of(2026, 7, 1)));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), ReportPeriod.semester(LocalDate.of(2026, 12, 31)));
        assertEquals(new ReportPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)), ReportPeriod.semester(LocalDate.of(2027, 1, 1)));
        assertEquals(new ReportPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)), ReportPeriod.semester(LocalDate.of(2027, 6, 30)));
    }

    @Test
    void thisAndLastMonthFollowTheCalendarAcrossAYearAndALeapDay() {
        assertEquals(new ReportPeriod(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)), ReportPeriod.thisMonth(LocalDate.of(2028, 2, 15)));
        assertEquals(new ReportPeriod(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)), ReportPeriod.lastMonth(LocalDate.of(2026, 1, 31)));
        assertEquals(new ReportPeriod(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30)), ReportPeriod.lastTwelveMonths(LocalDate.of(2026, 11, 5)));
    }

    @Test
    void aPeriodIsCutIntoItsMonthsEachClippedToThePeriod() {
        List<ReportPeriod> months = new ReportPeriod(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 12, 3)).months();
        assertEquals(List.of(new ReportPeriod(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 31)),
                new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                new ReportPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3))), months);
        assertEquals("2026-11", months.get(1).label());
        assertEquals("2026-07..2026-12", ReportPeriod.semester(LocalDate.of(2026, 8, 1)).label());
        assertEquals(6, ReportPeriod.semester(LocalDate.of(2026, 8, 1)).months().size());
    }

    @Test
    void aMonthStartsAndEndsAtMidnightOfTheSchoolsZone() {
        ReportPeriod november = ReportPeriod.thisMonth(LocalDate.of(2026, 11, 20));
        assertEquals(Instant.parse("2026-10-31T17:00:00Z"), november.start(JAKARTA));
        assertEquals(Instant.parse("2026-11-30T17:00:00Z"), november.end(JAKARTA));
        assertEquals(Instant.parse("2026-10-31T15:00:00Z"), november.start(JAYAPURA), "WIT is two hours ahead of WIB");
    }

    @Test
    void typedDaysMakeAPeriodOnlyWhenTheyReadInOrderAndWithinTwoYears() {
        assertEquals(Optional.of(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1))), ReportPeriod.parse("2026-07-01", " 2026-07-01 "));
        assertEquals(Optional.empty(), ReportPeriod.parse("2026-07-02", "2026-07-01"));
        assertEquals(Optional.empty(), ReportPeriod.parse("2026-07-01", null));
        assertEquals(Optional.empty(), ReportPeriod.parse("1/7/2026", "2026-07-31"));
        assertEquals(Optional.empty(), ReportPeriod.parse("2026-02-30", "2026-03-01"));
        assertTrue(ReportPeriod.parse("2025-01-01", "2026-12-31").isPresent(), "two whole years");
        assertEquals(Optional.empty(), ReportPeriod.parse("2025-01-01", "2027-01-01"));
    }
}
