package id.ruangkonseling.needs.control;

import id.ruangkonseling.needs.entity.NeedsAnswer;
import id.ruangkonseling.needs.entity.NeedsRound;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The rounds of the questionnaire in a school's courses, and the answers given in them. */
@ApplicationScoped
public class Rounds {

    @Inject
    EntityManager entityManager;

    @Inject
    Questionnaire questionnaire;

    /** The course's latest round, if it ever had one. */
    public Optional<NeedsRound> latest(CourseContext course) {
        return entityManager.createQuery("SELECT r FROM NeedsRound r WHERE r.course = :course ORDER BY r.openedAt DESC, r.id DESC",
                NeedsRound.class).setParameter("course", course).setMaxResults(1).getResultStream().findFirst();
    }

    /** The course's latest round; a course placed with the questionnaire that has none gets one, open, now. */
    public NeedsRound placedIn(CourseContext course, Instant now) {
        return latest(course).orElseGet(() -> open(course, now));
    }

    /** A new round of the school's questionnaire as it stands now. */
    public NeedsRound open(CourseContext course, Instant now) {
        NeedsRound round = new NeedsRound(course, questionnaire.activeItems(course.school()), now);
        entityManager.persist(round);
        entityManager.flush();
        return round;
    }

    /** The latest round of each course of the school that has one, the newest first. */
    public List<NeedsRound> latestOfEachCourse(School school) {
        return entityManager.createQuery("SELECT r FROM NeedsRound r WHERE r.school = :school AND r.openedAt ="
                        + " (SELECT MAX(o.openedAt) FROM NeedsRound o WHERE o.course = r.course) ORDER BY r.openedAt DESC, r.id DESC",
                NeedsRound.class).setParameter("school", school).getResultList();
    }

    /** The answers sent in the round; a draft is not an answer yet. */
    public List<NeedsAnswer> answers(NeedsRound round) {
        return entityManager.createQuery("SELECT a FROM NeedsAnswer a WHERE a.round = :round AND a.submittedAt IS NOT NULL ORDER BY a.id",
                        NeedsAnswer.class)
                .setParameter("round", round).getResultList();
    }

    /** How many students sent their answer in the round. */
    public long answered(NeedsRound round) {
        return entityManager.createQuery("SELECT COUNT(a) FROM NeedsAnswer a WHERE a.round = :round AND a.submittedAt IS NOT NULL", Long.class)
                .setParameter("round", round).getSingleResult();
    }

    /** The student's first answer in the round, empty yet, in the caller's transaction. */
    public NeedsAnswer answered(NeedsRound round, Member student, Instant now) {
        NeedsAnswer answer = new NeedsAnswer(round, student, now);
        entityManager.persist(answer);
        return answer;
    }

    public Optional<NeedsAnswer> answerOf(NeedsRound round, Member student) {
        return entityManager.createQuery("SELECT a FROM NeedsAnswer a WHERE a.round = :round AND a.student = :student",
                NeedsAnswer.class).setParameter("round", round).setParameter("student", student).getResultStream().findFirst();
    }

    /** An answer given in the school; another school's is never found. */
    public Optional<NeedsAnswer> answer(School school, long id) {
        return Optional.ofNullable(entityManager.find(NeedsAnswer.class, id)).filter(answer -> answer.school().id().equals(school.id()));
    }

    /** Every answer the student ever gave, for their own file, the oldest first. */
    public List<NeedsAnswer> answersOf(Member student) {
        return entityManager.createQuery("SELECT a FROM NeedsAnswer a WHERE a.student = :student ORDER BY a.savedAt, a.id",
                NeedsAnswer.class).setParameter("student", student).getResultList();
    }
}
