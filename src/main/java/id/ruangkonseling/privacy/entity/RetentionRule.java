package id.ruangkonseling.privacy.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a closed case expires: {@code keepYears} after the later of the day it was closed and the day
 * its student left. A student has left on the day a school admin marked them so, or else
 * {@code leftAfterMonths} after their last launch. Days are the school's calendar days.
 */
public record RetentionRule(int keepYears, int leftAfterMonths) {

    /** The day the student left (or will have left, if they never launch again). */
    public LocalDate leftOn(Optional<Instant> markedLeftAt, Instant lastSeenAt, ZoneId zone) {
        return markedLeftAt.map(at -> at.atZone(zone).toLocalDate())
                .orElseGet(() -> lastSeenAt.atZone(zone).toLocalDate().plusMonths(leftAfterMonths));
    }

    /** The first day on which a case closed at {@code closedAt} may be purged. */
    public LocalDate purgeOn(Instant closedAt, Optional<Instant> markedLeftAt, Instant lastSeenAt, ZoneId zone) {
        LocalDate closedOn = closedAt.atZone(zone).toLocalDate();
        LocalDate leftOn = leftOn(markedLeftAt, lastSeenAt, zone);
        return (leftOn.isAfter(closedOn) ? leftOn : closedOn).plusYears(keepYears);
    }

    /** Whether the case has expired on {@code today}: from its purge day on, not a day before. */
    public boolean expired(Instant closedAt, Optional<Instant> markedLeftAt, Instant lastSeenAt, ZoneId zone, LocalDate today) {
        return !today.isBefore(purgeOn(closedAt, markedLeftAt, lastSeenAt, zone));
    }
}
