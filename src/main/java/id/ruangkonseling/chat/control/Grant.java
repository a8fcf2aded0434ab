package id.ruangkonseling.chat.control;

import java.util.Objects;

/**
 * Who may read one conversation and how far it goes: its school, student and counselor (none yet while
 * the request waits), whether it is closed, its last message number and how far each side has read.
 */
public record Grant(long conversationId, long schoolId, long studentId, Long counselorId, boolean closed, long lastSeq,
                    long studentRead, long counselorRead) {

    /** Whether this member of this school reads and writes here: the student, or the current counselor. */
    public boolean allows(Long schoolIdOfMember, Long memberId) {
        return memberId != null && schoolIdOfMember != null && schoolIdOfMember == schoolId
                && (memberId == studentId || memberId.equals(counselorId));
    }

    /** How far the other side of {@code memberId} has read. */
    public long readByOtherThan(long memberId) {
        return memberId == studentId ? counselorRead : studentRead;
    }

    Grant withLastSeq(long seq) {
        return new Grant(conversationId, schoolId, studentId, counselorId, closed, Math.max(lastSeq, seq), studentRead,
                counselorRead);
    }

    Grant withRead(long memberId, long seq) {
        if (memberId == studentId) {
            return new Grant(conversationId, schoolId, studentId, counselorId, closed, lastSeq, Math.max(studentRead, seq),
                    counselorRead);
        }
        if (Long.valueOf(memberId).equals(counselorId)) {
            return new Grant(conversationId, schoolId, studentId, counselorId, closed, lastSeq, studentRead,
                    Math.max(counselorRead, seq));
        }
        return this;
    }

    /** A counselor joined or took over, or it closed; a new counselor has read nothing yet. */
    Grant withParticipants(Long newCounselorId, boolean nowClosed) {
        return new Grant(conversationId, schoolId, studentId, newCounselorId, nowClosed, lastSeq, studentRead,
                Objects.equals(counselorId, newCounselorId) ? counselorRead : 0);
    }
}
