package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.chat.boundary.Conversations;
import id.ruangkonseling.counseling.control.DeskQueue;
import id.ruangkonseling.counseling.control.QueueFilter;
import id.ruangkonseling.counseling.control.QueueItem.QueueStatus;
import id.ruangkonseling.counseling.control.QueueItem;
import id.ruangkonseling.counseling.control.StudentNames;
import id.ruangkonseling.counseling.entity.CaseStatus;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.RequestStatus;
import id.ruangkonseling.referral.boundary.Referrals;
import id.ruangkonseling.safeguarding.boundary.Cosignatures;
import id.ruangkonseling.referral.entity.Referral;
import id.ruangkonseling.referral.entity.ReferralStatus;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.PageNews;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counselor's desk: the school's requests and teachers' referrals waiting for a counselor, the most
 * urgent first; taking a request up (it becomes their case) or declining it with a reason, and taking a
 * referral up into the student's open named case (or a new one). Only the counselor's own school; an id of
 * another school's request or referral is simply not found.
 */
@ApplicationScoped
public class CounselorDesk {

    @Inject
    EntityManager entityManager;

    @Inject
    Callers callers;

    @Inject
    StudentNames names;

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditTrail audit;

    @Inject
    PageNews news;

    @Inject
    Referrals referrals;

    @Inject
    CounselorCases cases;

    @Inject
    Conversations conversations;

    Clock clock = Clock.systemUTC();

    @Inject
    DeskQueue queue;

    @Inject
    CaseFile caseFile;

    @Inject
    CrisisDesk crisisDesk;

    @Inject
    Cosignatures cosignatures;

    /** How far back the desk lists the counselor's closed cases, to reopen one. */
    static final int RECENTLY_CLOSED_DAYS = 30;

    /**
     * Everything the desk shows when it opens: the edition of the news it shows (read first, so that nothing told
     * while the rest is read is missed), the school's open crises and the counselor's notices, their open cases
     * with due follow-ups, conversations and unread messages, those closed lately, the queue's counts and its first
     * page as filtered, what the filter and the hand-over offer, and the school admin's requests for a student's file
     * waiting for the counselor's co-signature.
     */
    public record Desk(String edition, CrisisDesk.Crises crises, List<CaseSummary> myCases, List<CaseFile.FollowUp> followUps,
                       Map<Long, Long> conversationOfCase, Map<Long, Long> unreadOfConversation, List<CaseSummary> recentlyClosed,
                       Map<QueueStatus, Long> counts, DeskQueue.Page firstPage, List<Course> courses,
                       List<CounselorCases.Colleague> colleagues, List<Cosignatures.Waiting> cosignatures) implements Serializable {
    }

    /** The desk as it opens, with the first {@code pageSize} items of the queue, in one transaction. */
    @Transactional
    public Desk open(Caller counselor, QueueFilter filter, int pageSize) {
        // it only reads: no need, before each of its twenty statements, to compare every entity read so far (a
        // counselor's open cases and their students) with how it was read, to flush what changed (docs/performance.md)
        entityManager.setFlushMode(FlushModeType.COMMIT);
        String edition = news.edition(counselor).text();
        School school = callers.counselor(counselor).school();
        List<CaseSummary> mine = cases.open(counselor);
        Map<Long, Long> conversationOfCase = conversations.ofCases(counselor, mine.stream().map(CaseSummary::id).toList());
        return new Desk(edition, crisisDesk.crises(counselor), mine, caseFile.followUpsDue(counselor), conversationOfCase,
                conversations.unread(counselor, conversationOfCase.values()),
                cases.recentlyClosed(counselor, RECENTLY_CLOSED_DAYS), queue.counts(school),
                queue.page(school, filter, DeskQueue.Order.URGENT_FIRST, 0, pageSize),
                schools.courses(school).stream().map(course -> new Course(course.id(), course.shownTitle())).toList(),
                cases.colleagues(counselor), cosignatures.waitingFor(counselor));
    }

    /** One page of the school's queue of requests and referrals. */
    @Transactional
    public DeskQueue.Page queue(Caller counselor, QueueFilter filter, DeskQueue.Order order, int first, int size) {
        return queue.page(callers.counselor(counselor).school(), filter, order, first, size);
    }


    /** A course of the school, as the desk's filter offers it. */
    public record Course(Long id, String title) implements Serializable {
    }


    /**
     * Takes a referral up into the student's open case, or a new case of this counselor when there is
     * none (with a conversation the counselor has joined); empty when the school has no such waiting referral.
     */
    @Transactional
    public Optional<ReferralSummary> takeUp(Caller counselor, long referralId) {
        return takeUpFor(counselor, referralId, callers.counselor(counselor));
    }

    /**
     * Triage to a colleague: a waiting request becomes their case, a waiting referral joins the student's
     * open case or a new one of theirs. Empty when there is no such waiting item or no such counselor of
     * the school.
     */
    @Transactional
    public Optional<String> assign(Caller counselor, QueueItem.Kind kind, long itemId, long colleagueId) {
        Optional<Member> colleague = schools.findMember(callers.counselor(counselor).school(), colleagueId)
                .filter(member -> member.has(Role.COUNSELOR));
        if (colleague.isEmpty()) {
            return Optional.empty();
        }
        return kind == QueueItem.Kind.REQUEST
                ? acceptFor(counselor, itemId, colleague.get()).map(RequestSummary::studentName)
                : takeUpFor(counselor, itemId, colleague.get()).map(ReferralSummary::studentName);
    }

    private Optional<ReferralSummary> takeUpFor(Caller counselor, long referralId, Member caseCounselor) {
        Optional<Referral> referral = referrals.find(counselor, referralId)
                .filter(found -> found.status() == ReferralStatus.RECEIVED);
        referral.ifPresent(found -> {
            CounselingCase joined = openCaseOf(found.student(), caseCounselor);
            referrals.mergeInto(counselor, found.id(), joined.id());
            cases.referralsFollow(counselor, joined); // joined to a case already worked: in progress at once
            queueMoved(counselor, found.student(), caseCounselor);
        });
        return referral.map(ReferralSummary::of);
    }

    private CounselingCase openCaseOf(Member student, Member counselor) {
        // never into a case opened unnamed: the teacher's named referral would tell who the pseudonym is
        return entityManager.createQuery("SELECT c FROM CounselingCase c WHERE c.student = :student AND c.status <> :closed"
                        + " AND c.unnamed = FALSE ORDER BY c.openedAt DESC", CounselingCase.class)
                .setParameter("student", student).setParameter("closed", CaseStatus.CLOSED)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    CounselingCase opened = new CounselingCase(student, counselor, clock.instant());
                    entityManager.persist(opened);
                    entityManager.flush(); // the referral keeps the new case's id
                    conversations.join(conversations.open(student, false), counselor, opened.id());
                    return opened;
                });
    }

    /**
     * Takes the request up as the counselor's case, and the counselor joins its conversation; empty when
     * the school has no such waiting request.
     */
    @Transactional
    public Optional<RequestSummary> accept(Caller counselor, long requestId) {
        return acceptFor(counselor, requestId, callers.counselor(counselor));
    }

    private Optional<RequestSummary> acceptFor(Caller counselor, long requestId, Member caseCounselor) {
        Optional<CounselingRequest> request = waitingRequest(counselor, requestId);
        request.ifPresent(found -> {
            CounselingCase opened = found.accept(caseCounselor, clock.instant());
            entityManager.flush(); // the conversation keeps the new case's id
            found.conversationId().ifPresent(conversation -> conversations.join(conversation, caseCounselor, opened.id()));
            audit.record(counselor.actor(), AuditAction.REQUEST_ACCEPTED, Subject.of("request", found.id()),
                    caseCounselor.equals(callers.counselor(counselor)) ? null : "assigned to " + caseCounselor.id());
            queueMoved(counselor, found.student(), caseCounselor);
        });
        return request.map(found -> RequestSummary.of(found, names));
    }

    /** Declines the request with a reason its student reads; empty when there is no such waiting request. */
    @Transactional
    public Optional<RequestSummary> decline(Caller counselor, long requestId, String reason) {
        Optional<CounselingRequest> request = waitingRequest(counselor, requestId);
        request.ifPresent(found -> {
            found.decline(reason, clock.instant());
            audit.record(counselor.actor(), AuditAction.REQUEST_DECLINED, Subject.of("request", found.id()), null);
            queueMoved(counselor, found.student(), callers.counselor(counselor));
        });
        return request.map(found -> RequestSummary.of(found, names));
    }

    /** An item left the queue: every counselor's desk, the student's home and the new case's counselor hear of it. */
    private void queueMoved(Caller counselor, Member student, Member caseCounselor) {
        news.forCounselorsOf(counselor.schoolId());
        news.forMember(student.id());
        news.forMember(caseCounselor.id());
    }

    /** A waiting request of the counselor's school. */
    private Optional<CounselingRequest> waitingRequest(Caller counselor, long requestId) {
        School school = callers.counselor(counselor).school();
        return Optional.ofNullable(entityManager.find(CounselingRequest.class, requestId))
                .filter(request -> request.school().equals(school))
                .filter(request -> request.status() == RequestStatus.SUBMITTED);
    }
}
