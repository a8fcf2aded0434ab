package id.ruangkonseling.privacy.control;

import id.ruangkonseling.counseling.entity.CaseStatus;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.RequestDraft;
import id.ruangkonseling.counseling.entity.RequestStatus;
import id.ruangkonseling.needs.entity.NeedsAnswer;
import id.ruangkonseling.privacy.entity.RetentionRule;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Purges what a school's retention rule says has expired today: each closed case whose time is up, with
 * everything of it, each declined request as old (counted from when it was declined) with everything of
 * it, each unsent request draft as old (a draft counts as closed when last saved), and each needs-assessment
 * answer as old (counted from when its round closed). Open work is never
 * touched, whatever its age: open cases, requests still waiting, referrals not yet taken up.
 */
@ApplicationScoped
public class ExpiredData {

    @Inject
    EntityManager entityManager;

    @Inject
    StudentErasure erasure;

    public Erased purge(School school, RetentionRule rule, LocalDate today) {
        Erased cases = entityManager.createQuery("SELECT c FROM CounselingCase c JOIN FETCH c.student"
                        + " WHERE c.school = :school AND c.status = :closed", CounselingCase.class)
                .setParameter("school", school).setParameter("closed", CaseStatus.CLOSED).getResultList().stream()
                .filter(closed -> expired(rule, closed.changedAt(), closed.student(), school, today))
                .map(erasure::eraseCase)
                .reduce(Erased.NOTHING, Erased::plus);
        Erased declined = entityManager.createQuery("SELECT r FROM CounselingRequest r JOIN FETCH r.student"
                        + " WHERE r.school = :school AND r.status = :declined", CounselingRequest.class)
                .setParameter("school", school).setParameter("declined", RequestStatus.DECLINED).getResultList().stream()
                .filter(request -> expired(rule, declinedAt(request), request.student(), school, today))
                .map(erasure::eraseRequest)
                .reduce(Erased.NOTHING, Erased::plus);
        Erased drafts = entityManager.createQuery("SELECT d FROM RequestDraft d JOIN FETCH d.student WHERE d.school = :school",
                        RequestDraft.class)
                .setParameter("school", school).getResultList().stream()
                .filter(draft -> expired(rule, draft.savedAt(), draft.student(), school, today))
                .map(erasure::eraseDraft)
                .reduce(Erased.NOTHING, Erased::plus);
        // an answer counts as closed when its round closed; answers of a round still open are never touched
        entityManager.createQuery("SELECT a FROM NeedsAnswer a JOIN FETCH a.student WHERE a.school = :school"
                        + " AND a.round.closedAt IS NOT NULL", NeedsAnswer.class)
                .setParameter("school", school).getResultList().stream()
                .filter(answer -> expired(rule, answer.round().closedAt().orElseThrow(), answer.student(), school, today))
                .forEach(erasure::eraseNeedsAnswer);
        return cases.plus(declined).plus(drafts);
    }

    /** Declining stamps the decision; a row without the stamp counts from its submission, the only other time kept. */
    private static Instant declinedAt(CounselingRequest request) {
        return request.decidedAt().orElseGet(request::submittedAt);
    }

    private static boolean expired(RetentionRule rule, Instant closedAt, Member student, School school, LocalDate today) {
        return rule.expired(closedAt, student.leftAt(), student.lastSeenAt(), school.timeZone(), today);
    }
}
