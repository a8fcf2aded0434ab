package id.ruangkonseling.needs.boundary;

import id.ruangkonseling.counseling.boundary.StudentRequests;
import id.ruangkonseling.needs.control.Questionnaire;
import id.ruangkonseling.needs.control.Rounds;
import id.ruangkonseling.needs.control.TalkRequest;
import id.ruangkonseling.needs.entity.Choices;
import id.ruangkonseling.needs.entity.NeedsAnswer;
import id.ruangkonseling.needs.entity.NeedsItem;
import id.ruangkonseling.needs.entity.NeedsRound;
import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.safeguarding.control.CrisisLexicons;
import id.ruangkonseling.safeguarding.control.Pseudonyms;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.CourseMembers;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.ServiceField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a student does with the questionnaire of a course they learn in: reads it with their own answer
 * (the course's round opens at its first visit), keeps it as a draft while the round is open and sends it. A course
 * they are not a learner of is "not found". A note with words of the crisis lexicon becomes an escalated request
 * at once, sent or not: safety first.
 */
@ApplicationScoped
public class StudentNeeds {

    @Inject
    Callers callers;

    @Inject
    CourseMembers courseMembers;

    @Inject
    Rounds rounds;

    @Inject
    Questionnaire questionnaire;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    CrisisLexicons lexicons;

    @Inject
    StudentRequests requests;

    @Inject
    TalkRequest talkRequest;

    Clock clock = Clock.systemUTC();

    /** An item as the student reads it. */
    public record Item(long id, ServiceField field, String text) {
    }

    /** The round of a course with the student's own answer in it. */
    public record Current(long round, String courseTitle, List<Item> items, Choices choices, Optional<String> note,
                          boolean unnamed, boolean open, boolean submitted) {

        /** The note as the page shows it (EL unwraps an Optional by itself). */
        public String noteText() {
            return note.orElse("");
        }
    }

    @Transactional
    public Current current(Caller student, long courseId, Locale locale) {
        Member me = callers.student(student);
        NeedsRound round = rounds.placedIn(learnedCourse(me, courseId), clock.instant());
        Optional<NeedsAnswer> answer = rounds.answerOf(round, me);
        List<Item> items = questionnaire.items(me.school(), round.itemIds()).stream()
                .map(item -> new Item(item.id(), item.field(), item.text(locale))).toList();
        return new Current(round.id(), round.course().shownTitle(), items, answer.map(NeedsAnswer::choices).orElse(Choices.NONE),
                answer.flatMap(NeedsAnswer::note), answer.map(NeedsAnswer::isUnnamed).orElse(false), round.isOpen(),
                answer.map(NeedsAnswer::isSubmitted).orElse(false));
    }

    /**
     * Keeps the student's answer as it stands, and sends it when they pressed send; a closed round is
     * {@code NotPossible}, an item it does not ask {@code Invalid}. Answers whether its note alarmed just now
     * (and became an escalated request).
     */
    @Transactional
    public boolean keep(Caller student, long courseId, Choices choices, Optional<String> note, boolean unnamed, boolean send) {
        Member me = callers.student(student);
        NeedsRound round = rounds.latest(learnedCourse(me, courseId)).orElseThrow(() -> new NotFound("no round in course " + courseId));
        NeedsAnswer answer = rounds.answerOf(round, me).orElseGet(() -> rounds.answered(round, me, clock.instant()));
        answer.keep(choices, note, unnamed, clock.instant());
        if (send) {
            answer.submit(clock.instant());
        }
        if (unnamed) {
            pseudonyms.hide(me);
        }
        if (answer.requestId().isEmpty() && answer.note().filter(text -> lexicons.alarms(me.school().id(), text)).isPresent()) {
            List<NeedsItem> asked = questionnaire.items(me.school(), round.itemIds());
            answer.becameRequest(requests.fromNeedsAnswer(me, talkRequest.content(answer, asked), unnamed, student).id());
            return true;
        }
        return false;
    }

    private CourseContext learnedCourse(Member student, long courseId) {
        return courseMembers.coursesLearnedBy(student).stream().filter(course -> course.id() == courseId).findFirst()
                .orElseThrow(() -> new NotFound("course " + courseId + " of this student"));
    }
}
