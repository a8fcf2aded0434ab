package id.ruangkonseling.counseling.entity;

import java.util.Set;

/**
 * Where a counseling case stands: new (opened, not yet worked), active, waiting (for the student or a
 * follow-up), closed (with an outcome). A closed case can be reopened; nothing goes back to new.
 */
public enum CaseStatus {
    NEW,
    ACTIVE,
    WAITING,
    CLOSED;

    /** Whether a step of the work may move a case from this status to {@code next}. */
    public boolean allows(CaseStatus next) {
        return next().contains(next);
    }

    /** The statuses a step of the work may move this one to; leaving closed takes a reopening. */
    Set<CaseStatus> next() {
        return switch (this) {
            case NEW -> Set.of(ACTIVE, WAITING, CLOSED);
            case ACTIVE -> Set.of(WAITING, CLOSED);
            case WAITING -> Set.of(ACTIVE, CLOSED);
            case CLOSED -> Set.of();
        };
    }
}
