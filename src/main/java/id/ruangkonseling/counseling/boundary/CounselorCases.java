package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.counseling.entity.CaseStatus;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The counselor's own open cases and the steps of their work: start, wait, close with an outcome. Only
 * the case's counselor moves it; anyone else's case id is simply not found. Each step is audited.
 */
@ApplicationScoped
public class CounselorCases {

    @Inject
    EntityManager entityManager;

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** The counselor's cases that are not closed, the longest unchanged first. */
    @Transactional
    public List<CaseSummary> open(Actor counselor) {
        return entityManager.createQuery("SELECT c FROM CounselingCase c WHERE c.counselor = :me AND c.status <> :closed"
                        + " ORDER BY c.changedAt, c.id", CounselingCase.class)
                .setParameter("me", me(counselor)).setParameter("closed", CaseStatus.CLOSED)
                .getResultStream().map(CaseSummary::of).toList();
    }

    @Transactional
    public Optional<CaseSummary> activate(Actor counselor, long caseId) {
        return step(counselor, caseId, (found, now) -> found.activate(now));
    }

    @Transactional
    public Optional<CaseSummary> waitFor(Actor counselor, long caseId) {
        return step(counselor, caseId, (found, now) -> found.waitFor(now));
    }

    @Transactional
    public Optional<CaseSummary> close(Actor counselor, long caseId, String outcome) {
        return step(counselor, caseId, (found, now) -> found.close(outcome, now));
    }

    private Optional<CaseSummary> step(Actor counselor, long caseId, BiConsumer<CounselingCase, Instant> change) {
        Member me = me(counselor);
        Optional<CounselingCase> found = Optional.ofNullable(entityManager.find(CounselingCase.class, caseId))
                .filter(counselingCase -> counselingCase.isWorkedBy(me));
        found.ifPresent(counselingCase -> {
            change.accept(counselingCase, clock.instant());
            audit.record(counselor, AuditAction.CASE_STATUS_CHANGED, Subject.of("case", counselingCase.id()),
                    counselingCase.status().name());
        });
        return found.map(CaseSummary::of);
    }

    private Member me(Actor counselor) {
        return schools.memberActing(counselor)
                .orElseThrow(() -> new IllegalStateException("the signed-in member " + counselor.memberId() + " is gone"));
    }
}
