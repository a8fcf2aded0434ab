package id.ruangkonseling.needs.boundary;

import id.ruangkonseling.needs.control.RoundProfile;
import id.ruangkonseling.needs.control.RoundProfile.Summary;
import id.ruangkonseling.needs.control.Rounds;
import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.CourseMembers;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * What staff who are not counselors see of the needs assessment: a teacher, how many of their course answered;
 * a school admin, each course's counts and field shares (the page suppresses small counts). Never an answer.
 */
@ApplicationScoped
public class NeedsCounts {

    @Inject
    Callers callers;

    @Inject
    CourseMembers courseMembers;

    @Inject
    Rounds rounds;

    @Inject
    RoundProfile profiles;

    /** One of the teacher's courses and how many answered its latest round (none yet: zero). */
    public record Answered(String courseTitle, long answered) {
    }

    @Transactional
    public Answered ofTaughtCourse(Caller teacher, long courseId) {
        Member me = callers.teacher(teacher);
        CourseContext course = courseMembers.courseTaughtBy(me.school().id(), me.id(), courseId)
                .orElseThrow(() -> new NotFound("course " + courseId + " of this teacher"));
        return new Answered(course.shownTitle(), rounds.latest(course).map(rounds::answered).orElse(0L));
    }

    @Transactional
    public List<Summary> ofSchool(Caller admin) {
        Member me = callers.schoolAdmin(admin);
        return rounds.latestOfEachCourse(me.school()).stream().map(profiles::of).toList();
    }
}
