package id.ruangkonseling.privacy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private final RetentionPolicy policy = new RetentionPolicy(7);

    @Test
    void aSchoolStartsWithThreeYearsAfterAYearWithoutALaunch() {
        assertEquals(new RetentionRule(3, 12), policy.rule());
    }

    @Test
    void aPolicyOutsideItsLimitsChangesNothing() {
        assertThrows(IllegalArgumentException.class, () -> policy.change(0, 12));
        assertThrows(IllegalArgumentException.class, () -> policy.change(3, RetentionPolicy.MAX_LEFT_AFTER_MONTHS + 1));
        assertEquals(new RetentionRule(3, 12), policy.rule());
        policy.change(5, 6);
        assertEquals(new RetentionRule(5, 6), policy.rule());
    }

    @Test
    void thePurgeRunsOncePerSchoolDay() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertFalse(policy.purgedOn(today));
        policy.purged(today, Instant.parse("2026-11-28T20:00:00Z"));
        assertTrue(policy.purgedOn(today));
        assertFalse(policy.purgedOn(today.plusDays(1)));
    }
}
