package id.ruangkonseling.privacy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What expired: the boundary day on both sides, for a student who stopped launching and one marked as left. */
class RetentionRuleTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final RetentionRule THREE_YEARS_AFTER_A_YEAR = new RetentionRule(3, 12);
    /** 16 January 2020, 00:30 in Jakarta: already the 16th there, still the 15th in UTC. */
    private static final Instant LAST_LAUNCH = Instant.parse("2020-01-15T17:30:00Z");
    private static final Instant CLOSED = Instant.parse("2020-06-01T03:00:00Z");

    @Test
    void aStudentWhoStopsLaunchingLeavesTheConfiguredMonthsAfterTheirLastLaunchInTheSchoolsCalendar() {
        assertEquals(LocalDate.of(2021, 1, 16), THREE_YEARS_AFTER_A_YEAR.leftOn(Optional.empty(), LAST_LAUNCH, JAKARTA));
    }

    @Test
    void aCaseExpiresOnItsPurgeDayAndNotTheDayBefore() {
        LocalDate purgeDay = LocalDate.of(2024, 1, 16);
        assertEquals(purgeDay, THREE_YEARS_AFTER_A_YEAR.purgeOn(CLOSED, Optional.empty(), LAST_LAUNCH, JAKARTA));
        assertFalse(expired(Optional.empty(), purgeDay.minusDays(1)), "the day before");
        assertTrue(expired(Optional.empty(), purgeDay), "the purge day itself");
        assertTrue(expired(Optional.empty(), purgeDay.plusDays(1)), "the day after");
    }

    @Test
    void aStudentMarkedAsLeftCountsFromThatDayNotFromTheirLastLaunch() {
        Optional<Instant> marked = Optional.of(Instant.parse("2020-07-01T02:00:00Z"));
        LocalDate purgeDay = LocalDate.of(2023, 7, 1);
        assertFalse(expired(marked, purgeDay.minusDays(1)));
        assertTrue(expired(marked, purgeDay));
    }

    @Test
    void aCaseClosedAfterTheStudentLeftIsKeptFromItsClosing() {
        Instant closedLate = Instant.parse("2022-03-10T05:00:00Z");
        Optional<Instant> marked = Optional.of(Instant.parse("2020-07-01T02:00:00Z"));
        LocalDate purgeDay = LocalDate.of(2025, 3, 10);
        assertEquals(purgeDay, THREE_YEARS_AFTER_A_YEAR.purgeOn(closedLate, marked, LAST_LAUNCH, JAKARTA));
        assertFalse(THREE_YEARS_AFTER_A_YEAR.expired(closedLate, marked, LAST_LAUNCH, JAKARTA, purgeDay.minusDays(1)));
        assertTrue(THREE_YEARS_AFTER_A_YEAR.expired(closedLate, marked, LAST_LAUNCH, JAKARTA, purgeDay));
    }

    private static boolean expired(Optional<Instant> marked, LocalDate today) {
        return THREE_YEARS_AFTER_A_YEAR.expired(CLOSED, marked, LAST_LAUNCH, JAKARTA, today);
    }
}
