package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.CourseRoster;
import id.ruangkonseling.lti.control.Platforms;
import id.ruangkonseling.lti.control.PlatformServiceFailed;
import id.ruangkonseling.lti.control.RosterMember;
import id.ruangkonseling.lti.entity.LtiPlatform;
import id.ruangkonseling.platform.control.Languages;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in teacher's courses and their learners, from the LMS roster. Only courses of their own
 * school that they opened the tool from as a teacher; any other course is "not found". The referral
 * form (issue #4) picks its student from {@link #learners}.
 */
@ApplicationScoped
public class CourseRosters {

    private static final Collator BY_NAME = Collator.getInstance(Languages.INDONESIAN);

    @Inject
    SignedInMember signedIn;

    @Inject
    SchoolDirectory schools;

    @Inject
    Platforms platforms;

    @Inject
    CourseRoster roster;

    /** A course as a teacher's pages name it. */
    public record TaughtCourse(Long id, String title) {

        static TaughtCourse of(CourseContext course) {
            return new TaughtCourse(course.id(), course.title().or(course::label).orElse(course.contextId()));
        }
    }

    /** A learner of a course: the LMS's user id, and their name when the LMS shares it. */
    public record Learner(String userId, Optional<String> name) {
    }

    /** The active learners of one course, named ones first, by name. */
    public record CourseLearners(TaughtCourse course, List<Learner> learners) {
    }

    @Transactional
    public List<TaughtCourse> taughtCourses() {
        if (!signedIn.has(Role.TEACHER)) {
            return List.of();
        }
        return schools.coursesTaughtBy(signedIn.getSchoolId(), signedIn.getMemberId()).stream()
                .map(TaughtCourse::of).toList();
    }

    /** Empty for a course that is not the teacher's; fails when the LMS cannot give the roster now. */
    @Transactional
    public Optional<CourseLearners> learners(Long courseId) throws PlatformServiceFailed {
        Optional<CourseContext> course = signedIn.has(Role.TEACHER)
                ? schools.courseTaughtBy(signedIn.getSchoolId(), signedIn.getMemberId(), courseId) : Optional.empty();
        if (course.isEmpty()) {
            return Optional.empty();
        }
        School school = course.get().school();
        LtiPlatform platform = platforms.find(school.issuer(), Optional.of(school.clientId())).orElseThrow(
                () -> new PlatformServiceFailed("school " + school.id() + " has no registered platform"));
        List<Learner> learners = roster.members(course.get(), platform).stream()
                .filter(RosterMember::isActiveLearner)
                .map(member -> new Learner(member.userId(), member.name()))
                .sorted(Comparator.comparing((Learner learner) -> learner.name().isEmpty())
                        .thenComparing(learner -> learner.name().orElse(""), BY_NAME))
                .toList();
        return Optional.of(new CourseLearners(TaughtCourse.of(course.get()), learners));
    }
}
