package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.chat.boundary.ConversationSummary;
import id.ruangkonseling.chat.boundary.Conversations;
import id.ruangkonseling.counseling.control.CrisisEscalation;
import id.ruangkonseling.counseling.control.StudentNames;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.RequestContent;
import id.ruangkonseling.safeguarding.control.CrisisLexicons;
import id.ruangkonseling.safeguarding.control.Pseudonyms;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.PageNews;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * What a student does with counseling requests: submits one, and sees their own — never anyone else's.
 * The page and (later) the JSON API call the same methods, so both keep the same rules.
 */
@ApplicationScoped
public class StudentRequests {

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
    Conversations conversations;

    @Inject
    RequestDrafts drafts;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    CrisisLexicons lexicons;

    @Inject
    CrisisEscalation crisis;

    Clock clock = Clock.systemUTC();

    /**
     * Records the student's request and opens its conversation at once, so the student can write while
     * waiting, and forgets their draft; the entity refuses it without the confidentiality acknowledgement.
     * An {@code unnamed} request hides the student's name behind their pseudonym (made now, or the one they
     * had). Words of the school's crisis lexicon escalate it (it is stored all the same; see
     * {@link CounselingRequest#crisis()}). The page and the JSON API ({@code POST /api/requests}) both call this.
     */
    @Transactional
    public CounselingRequest submit(Caller student, RequestContent content, boolean confidentialityAcknowledged, boolean unnamed) {
        Member member = callers.student(student);
        drafts.discard(member);
        return record(member, content, confidentialityAcknowledged, unnamed, student);
    }

    /**
     * A request made from what {@code student} said in their needs-assessment answer — by themselves (a note
     * that alarmed) or by a counselor taking up their wish to talk ({@code by}) — on the desk like any other,
     * in the caller's transaction. Their answer showed them the confidentiality statement.
     */
    @Transactional
    public CounselingRequest fromNeedsAnswer(Member student, RequestContent content, boolean unnamed, Caller by) {
        return record(student, content, true, unnamed, by);
    }

    private CounselingRequest record(Member member, RequestContent content, boolean confidentialityAcknowledged,
                                     boolean unnamed, Caller by) {
        CounselingRequest request = new CounselingRequest(member, content, confidentialityAcknowledged, unnamed, clock.instant());
        if (unnamed) {
            pseudonyms.hide(member);
        }
        entityManager.persist(request);
        request.openedConversation(conversations.open(member, unnamed));
        entityManager.flush();
        audit.record(by.actor(), AuditAction.REQUEST_SUBMITTED, Subject.of("request", request.id()), null);
        RequestContent stored = request.content();
        if (lexicons.alarms(member.school().id(), stored.about() + "\n" + stored.availability().orElse(""))) {
            crisis.request(by, request);
        }
        news.forCounselorsOf(member.school().id());
        news.forMember(member.id());
        return request;
    }

    /**
     * What the student's home shows, in one transaction: the edition of its news (read first, so that nothing told
     * while the rest is read is missed), their requests and their conversations with unread counts — also one a
     * counselor opened for them from a teacher's referral, which has no request of theirs.
     */
    public record Home(String edition, List<RequestSummary> requests, List<ConversationSummary> conversations) {
    }

    @Transactional
    public Home home(Caller student) {
        String edition = news.edition(student).text();
        return new Home(edition, mine(student), conversations.mine(student));
    }

    /** The student's own requests, the newest first. */
    @Transactional
    public List<RequestSummary> mine(Caller student) {
        return entityManager.createQuery("SELECT r FROM CounselingRequest r WHERE r.student = :student"
                        + " ORDER BY r.submittedAt DESC, r.id DESC", CounselingRequest.class)
                .setParameter("student", callers.student(student)).getResultList().stream().map(found -> RequestSummary.of(found, names)).toList();
    }
}
