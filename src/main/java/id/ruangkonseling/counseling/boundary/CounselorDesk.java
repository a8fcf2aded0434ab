package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.RequestStatus;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.school.entity.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The counselor's desk: the school's requests waiting for a counselor, the most urgent first, and taking
 * one up (it becomes their case) or declining it with a reason. Only the counselor's own school; an id of
 * another school's request is simply not found.
 */
@ApplicationScoped
public class CounselorDesk {

    /** Most urgent first, then the longest waiting. */
    private static final Comparator<RequestSummary> QUEUE = Comparator
            .comparing((RequestSummary request) -> List.of(Urgency.NOW, Urgency.SOON, Urgency.CAN_WAIT).indexOf(request.urgency()))
            .thenComparing(RequestSummary::submittedAt);

    @Inject
    EntityManager entityManager;

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public List<RequestSummary> waiting(Actor counselor) {
        return entityManager.createQuery("SELECT r FROM CounselingRequest r WHERE r.school = :school AND r.status = :status",
                        CounselingRequest.class)
                .setParameter("school", school(counselor)).setParameter("status", RequestStatus.SUBMITTED)
                .getResultList().stream().map(RequestSummary::of).sorted(QUEUE).toList();
    }

    /** Takes the request up as the counselor's case; empty when the school has no such waiting request. */
    @Transactional
    public Optional<RequestSummary> accept(Actor counselor, long requestId) {
        Member me = member(counselor);
        Optional<CounselingRequest> request = waitingRequest(counselor, requestId);
        request.ifPresent(found -> {
            found.accept(me, clock.instant());
            audit.record(counselor, AuditAction.REQUEST_ACCEPTED, Subject.of("request", found.id()), null);
        });
        return request.map(RequestSummary::of);
    }

    /** Declines the request with a reason its student reads; empty when there is no such waiting request. */
    @Transactional
    public Optional<RequestSummary> decline(Actor counselor, long requestId, String reason) {
        Optional<CounselingRequest> request = waitingRequest(counselor, requestId);
        request.ifPresent(found -> {
            found.decline(reason, clock.instant());
            audit.record(counselor, AuditAction.REQUEST_DECLINED, Subject.of("request", found.id()), null);
        });
        return request.map(RequestSummary::of);
    }

    private Optional<CounselingRequest> waitingRequest(Actor counselor, long requestId) {
        return Optional.ofNullable(entityManager.find(CounselingRequest.class, requestId))
                .filter(request -> request.school().equals(school(counselor)))
                .filter(request -> request.status() == RequestStatus.SUBMITTED);
    }

    private School school(Actor counselor) {
        return schools.find(counselor.schoolId()).orElseThrow();
    }

    private Member member(Actor counselor) {
        return schools.findMember(school(counselor), counselor.memberId()).orElseThrow();
    }
}
