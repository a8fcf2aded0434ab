package id.ruangkonseling.needs.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.counseling.boundary.StudentRequests;
import id.ruangkonseling.needs.control.RoundProfile;
import id.ruangkonseling.needs.control.RoundProfile.Summary;
import id.ruangkonseling.needs.control.Rounds;
import id.ruangkonseling.needs.control.TalkRequest;
import id.ruangkonseling.needs.entity.NeedsAnswer;
import id.ruangkonseling.needs.entity.NeedsRound;
import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.platform.entity.NotPossible;
import id.ruangkonseling.safeguarding.control.Pseudonyms;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a counselor does with the needs assessment: reads the profiles of the school's courses, one course's
 * profile with who asked to talk (every read audited), turns a wish to talk into a request on the desk, and
 * opens or closes a course's round. Another school's course or answer is "not found".
 */
@ApplicationScoped
public class CounselorNeeds {

    @Inject
    Callers callers;

    @Inject
    SchoolDirectory schools;

    @Inject
    Rounds rounds;

    @Inject
    RoundProfile profiles;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    StudentRequests requests;

    @Inject
    TalkRequest talkRequest;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A student who asked to talk: their name (or pseudonym), the items, their note, and the request it became. */
    public record Talker(long answerId, String name, List<String> items, Optional<String> note, Optional<Long> requestId) {

        /** The note, or nothing: pages read it without Optional, which EL unwraps by itself. */
        public String noteText() {
            return note.orElse("");
        }

        public boolean onDesk() {
            return requestId.isPresent();
        }
    }

    /** One course's profile with the students who asked to talk. */
    public record CourseNeeds(Summary summary, List<Talker> talkers) {
    }

    @Transactional
    public List<Summary> profiles(Caller counselor) {
        Member me = callers.counselor(counselor);
        audit.record(counselor.actor(), AuditAction.NEEDS_PROFILE_READ, Subject.of("needs-profiles", me.school().id()), null);
        return rounds.latestOfEachCourse(me.school()).stream().map(profiles::of).toList();
    }

    /** The course's profile; a course placed with the questionnaire that has no round yet gets one. */
    @Transactional
    public CourseNeeds course(Caller counselor, long courseId, Locale locale) {
        CourseContext course = course(callers.counselor(counselor), courseId);
        Summary summary = profiles.of(rounds.placedIn(course, clock.instant()));
        audit.record(counselor.actor(), AuditAction.NEEDS_PROFILE_READ, Subject.of("needs-round", summary.round().id()), null);
        List<Talker> talkers = summary.answers().stream().filter(NeedsAnswer::wantsToTalk)
                .map(answer -> new Talker(answer.id(), name(answer), summary.items().stream()
                        .filter(item -> answer.choices().talk().contains(item.id())).map(item -> item.text(locale)).toList(),
                        answer.note(), answer.requestId())).toList();
        return new CourseNeeds(summary, talkers);
    }

    /** The student's wish to talk becomes a counseling request on the desk, once; answers its id. */
    @Transactional
    public long takeUp(Caller counselor, long answerId) {
        Member me = callers.counselor(counselor);
        NeedsAnswer answer = rounds.answer(me.school(), answerId).filter(NeedsAnswer::wantsToTalk).orElseThrow(() -> new NotFound("answer " + answerId));
        if (answer.requestId().isPresent()) {
            throw new NotPossible("needs.talk.alreadyRequest", "the answer already became a request");
        }
        long id = requests.fromNeedsAnswer(answer.student(), talkRequest.content(answer,
                profiles.of(answer.round()).items()), answer.isUnnamed(), counselor).id();
        answer.becameRequest(id);
        return id;
    }

    /** Closes the course's open round, or opens a new one of the questionnaire as it stands. */
    @Transactional
    public void openOrClose(Caller counselor, long courseId) {
        CourseContext course = course(callers.counselor(counselor), courseId);
        Optional<NeedsRound> latest = rounds.latest(course).filter(NeedsRound::isOpen);
        latest.ifPresentOrElse(round -> round.close(clock.instant()), () -> rounds.open(course, clock.instant()));
        audit.record(counselor.actor(), AuditAction.NEEDS_ROUND_CHANGED, Subject.of("course", courseId),
                latest.isPresent() ? "closed" : "opened");
    }

    private String name(NeedsAnswer answer) {
        return pseudonyms.shownInstead(answer.student(), answer.isUnnamed()).orElse(answer.student().displayName().orElse(""));
    }

    private CourseContext course(Member counselor, long courseId) {
        return schools.findCourse(counselor.school(), courseId).orElseThrow(() -> new NotFound("course " + courseId));
    }
}
