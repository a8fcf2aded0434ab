package id.ruangkonseling.platform.control;

import id.ruangkonseling.platform.entity.DateTimes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Times are written in the school's zone and the way the person's language writes them. */
class DateTimesTest {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-03-09T23:30:05Z");
    private static final Locale INDONESIAN = Locale.of("id");

    @Test
    void aTimeIsInTheSchoolsZone() {
        assertEquals("10 Mar 2026 06.30", DateTimes.toMinute(LATE_EVENING_UTC, DateTimes.DEFAULT_ZONE, INDONESIAN));
        assertEquals("10 Mar 2026 07.30", DateTimes.toMinute(LATE_EVENING_UTC, ZoneId.of("Asia/Makassar"), INDONESIAN));
    }

    @Test
    void englishWritesTheSameMomentItsOwnWay() {
        assertEquals("Mar 10, 2026, 6:30\u202fAM", DateTimes.toMinute(LATE_EVENING_UTC, DateTimes.DEFAULT_ZONE, Locale.ENGLISH));
    }

    @Test
    void theAuditTrailKeepsSeconds() {
        assertEquals("10 Mar 2026 06.30.05", DateTimes.toSecond(LATE_EVENING_UTC.atZone(DateTimes.DEFAULT_ZONE), INDONESIAN));
    }

    @Test
    void aDayAlone() {
        assertEquals("9 Mar 2026", DateTimes.day(LocalDate.of(2026, 3, 9), INDONESIAN));
        assertEquals("Mar 9, 2026", DateTimes.day(LocalDate.of(2026, 3, 9), Locale.ENGLISH));
    }

    @Test
    void schoolsAreInJakartaUnlessTheySayOtherwise() {
        assertEquals(ZoneId.of("Asia/Jakarta"), DateTimes.DEFAULT_ZONE);
    }
}
