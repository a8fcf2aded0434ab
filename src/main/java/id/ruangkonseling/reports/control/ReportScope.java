package id.ruangkonseling.reports.control;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Whose work a report counts: a school's, in its time zone, and within it one counselor's when {@code counselor}
 * is present (their cases, the referrals they took up, their conversations, calls and appointments).
 */
public record ReportScope(long schoolId, ZoneId zone, Optional<Long> counselor) {

    public static ReportScope school(long schoolId, ZoneId zone) {
        return new ReportScope(schoolId, zone, Optional.empty());
    }

    public ReportScope of(long counselorId) {
        return new ReportScope(schoolId, zone, Optional.of(counselorId));
    }
}
