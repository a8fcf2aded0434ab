package id.ruangkonseling.privacy.control;

import id.ruangkonseling.privacy.control.StudentFile.Field;
import id.ruangkonseling.privacy.control.StudentFile.Kind;
import java.util.EnumSet;
import java.util.Set;

/**
 * How much of a student's file one reader gets, after the design's confidentiality table: the student
 * their own words and what was written to them, the school admin the record without a written word, and
 * everything only when a counselor co-signed the admin's written reason.
 */
public enum Extent {

    /** The student's own: never the counselor's notes or outcome, a teacher's referral or the audit trail. */
    OWN(EnumSet.of(Kind.NOTES, Kind.REFERRALS, Kind.AUDIT), EnumSet.of(Field.OUTCOME)),
    /** The school admin's: kinds, dates, statuses and counts; what anyone wrote stays out. */
    WITHOUT_WORDS(EnumSet.noneOf(Kind.class), EnumSet.of(Field.ABOUT, Field.AVAILABILITY, Field.DECLINE_REASON,
            Field.OUTCOME, Field.SUMMARY, Field.PLAN, Field.REASON, Field.OBSERVATIONS, Field.BODY, Field.CANCEL_REASON,
            Field.RESCHEDULE_REASON, Field.NEEDS_YES, Field.NEEDS_TALK, Field.NOTE)),
    /** Everything, decrypted: for a school admin whose written reason a counselor of the school co-signed. */
    FULL(EnumSet.noneOf(Kind.class), EnumSet.noneOf(Field.class));

    private final Set<Kind> withheldKinds;
    private final Set<Field> withheldFields;

    Extent(Set<Kind> withheldKinds, Set<Field> withheldFields) {
        this.withheldKinds = withheldKinds;
        this.withheldFields = withheldFields;
    }

    public boolean holds(Kind kind) {
        return !withheldKinds.contains(kind);
    }

    public boolean holds(Field field) {
        return !withheldFields.contains(field);
    }
}
