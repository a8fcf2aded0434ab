package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.chat.boundary.Conversations;
import id.ruangkonseling.counseling.control.CaseTimeline;
import id.ruangkonseling.counseling.control.CrisisEscalation;
import id.ruangkonseling.counseling.control.StudentNames;
import id.ruangkonseling.counseling.entity.CaseNote;
import id.ruangkonseling.counseling.entity.CaseStatus;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CrisisMark;
import id.ruangkonseling.counseling.entity.NoteContent;
import id.ruangkonseling.safeguarding.control.Pseudonyms;
import id.ruangkonseling.safeguarding.entity.IdentityReveal;
import id.ruangkonseling.school.boundary.SchoolAuditTrail;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.CourseMembers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The case page's boundary: its counselor reads a case whole (every read audited) and writes its private
 * notes. Anyone else's case id — another counselor's, another school's, a missing one — is not found.
 */
@ApplicationScoped
public class CaseFile {

    @Inject
    EntityManager entityManager;

    @Inject
    Callers callers;

    @Inject
    StudentNames names;

    @Inject
    SchoolDirectory schools;

    @Inject
    CourseMembers courseMembers;

    @Inject
    CaseTimeline timeline;

    @Inject
    SchoolAuditTrail trail;

    @Inject
    AuditTrail audit;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    CrisisEscalation crisis;

    @Inject
    Conversations conversations;

    @Inject
    CounselorCases cases;

    Clock clock = Clock.systemUTC();

    /** What the case page shows: the case read in full, its conversation (none for a referral's case) and the colleagues to hand it to. */
    public record OpenCase(CaseView view, Optional<Long> conversation, List<CounselorCases.Colleague> colleagues) {
    }

    /** The case page's one read: the case, audited as read, with its conversation and the colleagues; empty when not theirs. */
    @Transactional
    public Optional<OpenCase> open(Caller counselor, long caseId) {
        return read(counselor, caseId).map(view -> new OpenCase(view,
                Optional.ofNullable(conversations.ofCases(counselor, List.of(caseId)).get(caseId)), cases.colleagues(counselor)));
    }

    @Transactional
    public Optional<CaseView> read(Caller counselor, long caseId) {
        Optional<CounselingCase> found = caseOf(counselor, caseId);
        found.ifPresent(counselingCase -> {
            audit.record(counselor.actor(), AuditAction.CASE_READ, subject(counselingCase), null);
            crisis.seen(counselingCase.counselor(), counselingCase);
        });
        return found.map(counselingCase -> view(counselingCase, counselor.memberId()));
    }

    /** Writes a note in the counselor's case; empty when there is no such case of theirs. */
    @Transactional
    public Optional<CaseSummary> writeNote(Caller counselor, long caseId, NoteContent content) {
        Optional<CounselingCase> found = caseOf(counselor, caseId);
        found.ifPresent(counselingCase -> {
            CaseNote note = counselingCase.writeNote(counselingCase.counselor(), content, clock.instant());
            entityManager.persist(note);
            entityManager.flush();
            audit.record(counselor.actor(), AuditAction.NOTE_WRITTEN, subject(counselingCase), "note " + note.id());
        });
        return found.map(counselingCase -> CaseSummary.of(counselingCase, names));
    }

    /** A case whose newest note asks for a follow-up that is due. */
    public record FollowUp(CaseSummary summary, LocalDate on) implements Serializable {
    }

    /**
     * The counselor's open cases whose newest note set a follow-up date that has come (today, in the
     * school's zone, or earlier), the most overdue first.
     */
    @Transactional
    public List<FollowUp> followUpsDue(Caller counselor) {
        Member me = callers.counselor(counselor);
        if (!me.has(Role.COUNSELOR)) {
            return List.of(); // released by the school: their cases are no longer theirs to follow up
        }
        LocalDate today = LocalDate.now(clock.withZone(me.school().timeZone()));
        // the dates alone, in one statement: no note is loaded, so none is decrypted
        return entityManager.createQuery("SELECT c, n.followUpOn FROM CaseNote n JOIN n.counselingCase c JOIN FETCH c.student"
                        + " WHERE c.counselor = :me AND c.status <> :closed AND n.followUpOn <= :today"
                        + " AND NOT EXISTS (SELECT m FROM CaseNote m WHERE m.counselingCase = c"
                        + " AND (m.writtenAt > n.writtenAt OR (m.writtenAt = n.writtenAt AND m.id > n.id)))"
                        + " ORDER BY n.followUpOn, c.id", Object[].class)
                .setParameter("me", me).setParameter("closed", CaseStatus.CLOSED).setParameter("today", today)
                .getResultStream()
                .map(row -> new FollowUp(CaseSummary.of((CounselingCase) row[0], names), (LocalDate) row[1])).toList();
    }

    private CaseView view(CounselingCase counselingCase, long reader) {
        return new CaseView(CaseSummary.of(counselingCase, names), courses(counselingCase), counselingCase.openedAt(),
                counselingCase.outcome().orElse(""), timeline.of(counselingCase),
                trail.byMemberAbout(counselingCase.school(), reader, subject(counselingCase)),
                counselingCase.crisis().map(CrisisMark::at), counselingCase.crisis().map(mark -> mark.source().name()).orElse(""));
    }

    /**
     * A counselor breaks the glass: the student's name, hidden in this case of theirs, is revealed for the
     * written reason (at least {@link IdentityReveal#REASON_MIN} characters), audited without it. Empty when
     * there is no such case of theirs; the summary shows the name from now on.
     */
    @Transactional
    public Optional<CaseSummary> breakGlass(Caller counselor, long caseId, String reason) {
        Optional<CounselingCase> found = caseOf(counselor, caseId).filter(names::hides);
        found.ifPresent(counselingCase -> pseudonyms.breakGlass(counselingCase.student(), counselingCase.counselor(),
                        counselingCase.id(), reason)
                .ifPresent(reveal -> audit.record(counselor.actor(), AuditAction.IDENTITY_REVEALED_BY_COUNSELOR, subject(counselingCase), null)));
        return caseOf(counselor, caseId).map(counselingCase -> CaseSummary.of(counselingCase, names));
    }

    /**
     * The courses the student opened the tool from or was referred from: where their teachers know them.
     * None while the case hides the student's name: a course narrows down who it is.
     */
    private List<String> courses(CounselingCase counselingCase) {
        if (names.hides(counselingCase)) {
            return List.of();
        }
        Stream<CourseContext> referredFrom = entityManager.createQuery(
                        "SELECT r.course FROM Referral r WHERE r.school = :school AND r.student = :student", CourseContext.class)
                .setParameter("school", counselingCase.school()).setParameter("student", counselingCase.student())
                .getResultStream();
        return Stream.concat(courseMembers.coursesLearnedBy(counselingCase.student()).stream(), referredFrom)
                .map(course -> course.shownTitle()).distinct().sorted().toList();
    }

    private Optional<CounselingCase> caseOf(Caller counselor, long caseId) {
        Member me = callers.counselor(counselor);
        return Optional.ofNullable(entityManager.find(CounselingCase.class, caseId))
                .filter(counselingCase -> counselingCase.isWorkedBy(me));
    }

    private static Subject subject(CounselingCase counselingCase) {
        return Subject.of("case", counselingCase.id());
    }
}
