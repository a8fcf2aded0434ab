package id.ruangkonseling.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ruangkonseling.platform.entity.DateTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One style for a day and one for a moment in each language, in the school's zone, the zone named as Indonesia names it. */
class DateTimesTest {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-03-09T23:30:05Z");
    private static final Locale INDONESIAN = Locale.of("id");

    @Test
    void aMomentIsInTheSchoolsZoneAndNamesIt() {
        assertEquals("Selasa, 10 Maret 2026, pukul 06.30 WIB", DateTimes.toMinute(LATE_EVENING_UTC, DateTimes.DEFAULT_ZONE, INDONESIAN));
        assertEquals("Selasa, 10 Maret 2026, pukul 07.30 WITA", DateTimes.toMinute(LATE_EVENING_UTC, ZoneId.of("Asia/Makassar"), INDONESIAN));
        assertEquals("Selasa, 10 Maret 2026, pukul 08.30 WIT", DateTimes.toMinute(LATE_EVENING_UTC, ZoneId.of("Asia/Jayapura"), INDONESIAN));
    }

    @Test
    void englishWritesTheSameStyleWithItsOwnWords() {
        assertEquals("Tuesday, 10 March 2026, 06:30 WIB", DateTimes.toMinute(LATE_EVENING_UTC, DateTimes.DEFAULT_ZONE, Locale.ENGLISH));
        assertEquals("Monday, 9 March 2026, 23:30 UTC", DateTimes.toMinute(LATE_EVENING_UTC, ZoneId.of("UTC"), Locale.ENGLISH));
    }

    @Test
    void theAuditTrailWritesSeconds() {
        assertEquals("Selasa, 10 Maret 2026, pukul 06.30.05 WIB",
                DateTimes.toSecond(LATE_EVENING_UTC.atZone(DateTimes.DEFAULT_ZONE), INDONESIAN));
        assertEquals("Tuesday, 10 March 2026, 06:30:05 WIB",
                DateTimes.toSecond(LATE_EVENING_UTC.atZone(DateTimes.DEFAULT_ZONE), Locale.ENGLISH));
    }

    @Test
    void aDayIsWrittenInFullWithItsWeekday() {
        assertEquals("Senin, 9 Maret 2026", DateTimes.day(LocalDate.of(2026, 3, 9), INDONESIAN));
        assertEquals("Monday, 9 March 2026", DateTimes.day(LocalDate.of(2026, 3, 9), Locale.ENGLISH));
    }

    @Test
    void aMeetingSaysItsDayOnceAndItsHoursAsARange() {
        Instant start = Instant.parse("2026-03-03T02:30:00Z");
        Instant end = Instant.parse("2026-03-03T03:00:00Z");
        assertEquals("Selasa, 3 Maret 2026, pukul 09.30–10.00 WIB", DateTimes.span(start, end, DateTimes.DEFAULT_ZONE, INDONESIAN));
        assertEquals("Tuesday, 3 March 2026, 09:30–10:00 WIB", DateTimes.span(start, end, DateTimes.DEFAULT_ZONE, Locale.ENGLISH));
        assertEquals("09.30–10.00", DateTimes.hours(start, end, DateTimes.DEFAULT_ZONE, INDONESIAN));
    }

    @Test
    void repeatedReadsSayTheirHoursWithinADayAndBothMomentsAcrossDays() {
        ZonedDateTime first = Instant.parse("2026-03-03T02:30:00Z").atZone(DateTimes.DEFAULT_ZONE);
        assertEquals("pukul 09.30–10.05 WIB", DateTimes.between(first, first.plusMinutes(35), INDONESIAN));
        assertEquals("09:30–10:05 WIB", DateTimes.between(first, first.plusMinutes(35), Locale.ENGLISH));
        assertEquals("Selasa, 3 Maret 2026, pukul 09.30 WIB – Rabu, 4 Maret 2026, pukul 10.05 WIB",
                DateTimes.between(first, first.plusDays(1).plusMinutes(35), INDONESIAN));
    }

    @Test
    void aSchoolIsInWibUnlessItSaysOtherwise() {
        assertEquals(ZoneId.of("Asia/Jakarta"), DateTimes.DEFAULT_ZONE);
    }

    @Test
    void aWeeklyTimeIsWrittenAsItsHours() {
        assertEquals("05.00–05.45", DateTimes.hours(LocalTime.of(5, 0), LocalTime.of(5, 45), INDONESIAN));
        assertEquals("05:00–05:45", DateTimes.hours(LocalTime.of(5, 0), LocalTime.of(5, 45), Locale.ENGLISH));
    }
}
