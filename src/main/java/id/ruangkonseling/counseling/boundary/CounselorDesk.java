package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.chat.boundary.Conversations;
import id.ruangkonseling.counseling.entity.CaseStatus;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.RequestStatus;
import id.ruangkonseling.referral.boundary.Referrals;
import id.ruangkonseling.referral.entity.Referral;
import id.ruangkonseling.referral.entity.ReferralStatus;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.school.entity.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The counselor's desk: the school's requests and teachers' referrals waiting for a counselor, the most
 * urgent first; taking a request up (it becomes their case) or declining it with a reason, and taking a
 * referral up into the student's open case (or a new one). Only the counselor's own school; an id of
 * another school's request or referral is simply not found.
 */
@ApplicationScoped
public class CounselorDesk {

    private static final List<Urgency> MOST_URGENT_FIRST = List.of(Urgency.NOW, Urgency.SOON, Urgency.CAN_WAIT);

    @Inject
    EntityManager entityManager;

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditTrail audit;

    @Inject
    Referrals referrals;

    @Inject
    Conversations conversations;

    Clock clock = Clock.systemUTC();

    @Transactional
    public List<RequestSummary> waiting(Actor counselor) {
        return entityManager.createQuery("SELECT r FROM CounselingRequest r WHERE r.school = :school AND r.status = :status",
                        CounselingRequest.class)
                .setParameter("school", school(counselor)).setParameter("status", RequestStatus.SUBMITTED)
                .getResultList().stream().map(RequestSummary::of)
                .sorted(queue(RequestSummary::urgency, RequestSummary::submittedAt)).toList();
    }

    /** The school's referrals no counselor has taken up yet, most urgent first. */
    @Transactional
    public List<ReferralSummary> waitingReferrals(Actor counselor) {
        return referrals.ofSchool(counselor).stream().filter(referral -> referral.status() == ReferralStatus.RECEIVED)
                .map(ReferralSummary::of).sorted(queue(ReferralSummary::urgency, ReferralSummary::receivedAt)).toList();
    }

    /**
     * Takes a referral up into the student's open case, or a new case of this counselor when there is
     * none (with a conversation the counselor has joined); empty when the school has no such waiting referral.
     */
    @Transactional
    public Optional<ReferralSummary> takeUp(Actor counselor, long referralId) {
        Optional<Referral> referral = referrals.find(counselor, referralId)
                .filter(found -> found.status() == ReferralStatus.RECEIVED);
        referral.ifPresent(found -> referrals.mergeInto(counselor, found.id(), openCaseOf(found.student(), member(counselor)).id()));
        return referral.map(ReferralSummary::of);
    }

    private CounselingCase openCaseOf(Member student, Member counselor) {
        return entityManager.createQuery("SELECT c FROM CounselingCase c WHERE c.student = :student AND c.status <> :closed"
                        + " ORDER BY c.openedAt DESC", CounselingCase.class)
                .setParameter("student", student).setParameter("closed", CaseStatus.CLOSED)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    CounselingCase opened = new CounselingCase(student, counselor, clock.instant());
                    entityManager.persist(opened);
                    entityManager.flush(); // the referral keeps the new case's id
                    conversations.join(conversations.open(student), counselor, opened.id());
                    return opened;
                });
    }

    /** Most urgent first, then the longest waiting. */
    private static <T> Comparator<T> queue(Function<T, Urgency> urgency, Function<T, Instant> since) {
        return Comparator.comparing((T item) -> MOST_URGENT_FIRST.indexOf(urgency.apply(item))).thenComparing(since);
    }

    /** Takes the request up as the counselor's case, and the counselor joins its conversation; empty when the school has no such waiting request. */
    @Transactional
    public Optional<RequestSummary> accept(Actor counselor, long requestId) {
        Member me = member(counselor);
        Optional<CounselingRequest> request = waitingRequest(counselor, requestId);
        request.ifPresent(found -> {
            CounselingCase opened = found.accept(me, clock.instant());
            entityManager.flush(); // the conversation keeps the new case's id
            found.conversationId().ifPresent(conversation -> conversations.join(conversation, me, opened.id()));
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
        return schools.memberActing(counselor).orElseThrow();
    }
}
