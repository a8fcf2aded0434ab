package id.ruangkonseling.privacy.control;

import id.ruangkonseling.audit.entity.AuditEntry;
import id.ruangkonseling.counseling.entity.Appointment;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.referral.entity.Referral;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;

/**
 * The audit entries about one student: what they did, what was done to them as a member, and every
 * entry about one of their requests, cases, conversations, referrals or appointments, oldest first.
 */
@ApplicationScoped
public class SubjectTrail {

    /** An id no record has: keeps an {@code IN} list from being empty, which SQL does not allow. */
    private static final String NONE = "-1";

    @Inject
    EntityManager entityManager;

    public List<AuditEntry> about(Member student, List<CounselingRequest> requests, List<CounselingCase> cases,
                                  List<Referral> referrals, List<Appointment> appointments) {
        List<String> conversations = entityManager.createQuery("SELECT v.id FROM Conversation v WHERE v.student = :s", Long.class)
                .setParameter("s", student).getResultStream().map(String::valueOf).toList();
        return entityManager.createQuery("SELECT e FROM AuditEntry e WHERE e.schoolId = :school AND (e.actorId = :member"
                        + " OR (e.subjectType = 'member' AND e.subjectId = :memberId)"
                        + " OR (e.subjectType = 'request' AND e.subjectId IN :requests)"
                        + " OR (e.subjectType = 'case' AND e.subjectId IN :cases)"
                        + " OR (e.subjectType = 'conversation' AND e.subjectId IN :conversations)"
                        + " OR (e.subjectType = 'referral' AND e.subjectId IN :referrals)"
                        + " OR (e.subjectType = 'appointment' AND e.subjectId IN :appointments))"
                        + " ORDER BY e.occurredAt, e.id", AuditEntry.class)
                .setParameter("school", student.school().id())
                .setParameter("member", student.id())
                .setParameter("memberId", String.valueOf(student.id()))
                .setParameter("requests", ids(requests, CounselingRequest::id))
                .setParameter("cases", ids(cases, CounselingCase::id))
                .setParameter("conversations", conversations.isEmpty() ? List.of(NONE) : conversations)
                .setParameter("referrals", ids(referrals, Referral::id))
                .setParameter("appointments", ids(appointments, Appointment::id))
                .getResultList();
    }

    private static <T> List<String> ids(List<T> rows, Function<T, Long> id) {
        return rows.isEmpty() ? List.of(NONE) : rows.stream().map(row -> String.valueOf(id.apply(row))).toList();
    }
}
