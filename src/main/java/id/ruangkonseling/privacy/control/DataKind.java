package id.ruangkonseling.privacy.control;

import id.ruangkonseling.audit.entity.AuditAction;
import java.util.Optional;

/**
 * The kinds of data a breach query asks about: for each, which student a row is about and when it was
 * created or changed (JPQL, grouped by student), and, where the audit trail records reads, which reads.
 */
public enum DataKind {
    REQUESTS("SELECT r.student.id, COUNT(r) FROM CounselingRequest r WHERE r.school.id = :school AND ("
            + touched("r.submittedAt") + " OR " + touched("r.decidedAt") + ") GROUP BY r.student.id", null),
    CASES("SELECT c.student.id, COUNT(c) FROM CounselingCase c WHERE c.school.id = :school AND ("
            + touched("c.openedAt") + " OR " + touched("c.changedAt") + ") GROUP BY c.student.id",
            new Reads(AuditAction.CASE_READ, "case", "SELECT c.id, c.student.id FROM CounselingCase c")),
    NOTES("SELECT n.counselingCase.student.id, COUNT(n) FROM CaseNote n WHERE n.school.id = :school AND "
            + touched("n.writtenAt") + " GROUP BY n.counselingCase.student.id", null),
    MESSAGES("SELECT m.conversation.student.id, COUNT(m) FROM Message m WHERE m.school.id = :school AND "
            + touched("m.sentAt") + " GROUP BY m.conversation.student.id",
            new Reads(AuditAction.CONVERSATION_READ, "conversation", "SELECT v.id, v.student.id FROM Conversation v")),
    REFERRALS("SELECT r.student.id, COUNT(r) FROM Referral r WHERE r.school.id = :school AND (" + touched("r.receivedAt")
            + " OR " + touched("r.acceptedAt") + " OR " + touched("r.startedAt") + " OR " + touched("r.closedAt")
            + ") GROUP BY r.student.id", null),
    APPOINTMENTS("SELECT a.student.id, COUNT(a) FROM Appointment a WHERE a.school.id = :school AND ("
            + touched("a.bookedAt") + " OR " + touched("a.changedAt") + ") GROUP BY a.student.id",
            new Reads(AuditAction.APPOINTMENT_READ, "appointment", "SELECT a.id, a.student.id FROM Appointment a")),
    DRAFTS("SELECT d.student.id, COUNT(d) FROM RequestDraft d WHERE d.school.id = :school AND " + touched("d.savedAt")
            + " GROUP BY d.student.id", null);

    /**
     * Reads the audit trail records for this kind: entries of {@code action} about a {@code subjectType},
     * and the query (to which {@code WHERE x.id IN :ids} is added) from a subject's id to its student.
     */
    public record Reads(AuditAction action, String subjectType, String studentOf) {
    }

    private final String changed;
    private final Reads reads;

    DataKind(String changed, Reads reads) {
        this.changed = changed;
        this.reads = reads;
    }

    /** Rows per student with a time in the window {@code [:from, :to)} of the school {@code :school}. */
    public String changed() {
        return changed;
    }

    public Optional<Reads> reads() {
        return Optional.ofNullable(reads);
    }

    private static String touched(String time) {
        return "(" + time + " >= :from AND " + time + " < :to)";
    }
}
