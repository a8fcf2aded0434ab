package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.CourseRoster;
import id.ruangkonseling.lti.control.Platforms;
import id.ruangkonseling.lti.control.PlatformServiceFailed;
import id.ruangkonseling.lti.control.RosterMember;
import id.ruangkonseling.lti.entity.LtiPlatform;
import id.ruangkonseling.platform.entity.Languages;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.control.CourseMembers;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The signed-in teacher's courses and their learners, from the LMS roster. Only courses of their own
 * school that they opened the tool from as a teacher; any other course is "not found". The referral
 * form picks its student from {@link #learners}.
 */
@ApplicationScoped
public class CourseRosters {

    private static final Logger LOG = System.getLogger(CourseRosters.class.getName());
    private static final Collator BY_NAME = Collator.getInstance(Languages.INDONESIAN);

    @Inject
    SignedInMember signedIn;

    @Inject
    CourseMembers courseMembers;

    @Inject
    Platforms platforms;

    @Inject
    CourseRoster roster;

    /** A course as a teacher's pages name it. */
    public record TaughtCourse(Long id, String title) {

        static TaughtCourse of(CourseContext course) {
            return new TaughtCourse(course.id(), course.shownTitle());
        }
    }

    /** A learner of a course: the LMS's user id, and their name when the LMS shares it. */
    public record Learner(String userId, Optional<String> name) {
    }

    /**
     * The active learners of one course, named ones first, by name; {@code fromLaunches} when the LMS gave
     * no roster and these are the learners who opened the tool from the course.
     */
    public record CourseLearners(TaughtCourse course, List<Learner> learners, boolean fromLaunches) {
    }

    @Transactional
    public List<TaughtCourse> taughtCourses() {
        if (!signedIn.has(Role.TEACHER)) {
            return List.of();
        }
        return courseMembers.coursesTaughtBy(signedIn.getSchoolId(), signedIn.getMemberId()).stream()
                .map(TaughtCourse::of).toList();
    }

    /** Empty for a course that is not the teacher's; fails when the LMS cannot give the roster now. */
    @Transactional
    public Optional<CourseLearners> learners(Long courseId) throws PlatformServiceFailed {
        Optional<CourseContext> course = signedIn.has(Role.TEACHER)
                ? courseMembers.courseTaughtBy(signedIn.getSchoolId(), signedIn.getMemberId(), courseId) : Optional.empty();
        if (course.isEmpty()) {
            return Optional.empty();
        }
        School school = course.get().school();
        LtiPlatform platform = platforms.find(school.issuer(), Optional.of(school.clientId())).orElseThrow(
                () -> new PlatformServiceFailed("school " + school.id() + " has no registered platform"));
        try {
            return Optional.of(new CourseLearners(TaughtCourse.of(course.get()), sorted(roster.members(course.get(), platform)
                    .stream().filter(RosterMember::isActiveLearner).map(member -> new Learner(member.userId(), member.name()))), false));
        } catch (PlatformServiceFailed noRoster) {
            List<Learner> seen = sorted(courseMembers.learnersSeenIn(course.get()).stream()
                    .map(member -> new Learner(member.subject(), member.displayName())));
            if (seen.isEmpty()) {
                throw noRoster;
            }
            LOG.log(Level.INFO, "Course {0}: no roster from the LMS ({1}); listing the learners seen in its launches",
                    course.get().id(), noRoster.getMessage());
            return Optional.of(new CourseLearners(TaughtCourse.of(course.get()), seen, true));
        }
    }

    private static List<Learner> sorted(Stream<Learner> learners) {
        return learners.sorted(Comparator.comparing((Learner learner) -> learner.name().isEmpty())
                .thenComparing(learner -> learner.name().orElse(""), BY_NAME)).toList();
    }
}
