package id.ruangkonseling.referral.boundary;

import id.ruangkonseling.lti.boundary.CourseRosters;
import id.ruangkonseling.lti.boundary.CourseRosters.CourseLearners;
import id.ruangkonseling.lti.boundary.CourseRosters.Learner;
import id.ruangkonseling.lti.control.PlatformServiceFailed;
import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /teacher/refer?course=ID}: the teacher picks a learner of their course from the LMS roster
 * (narrowed by {@code q}) and writes the referral. Another course is "not found"; sending leads to "my referrals".
 */
@Named
@RequestScoped
public class ReferPage {

    private static final Logger LOG = System.getLogger(ReferPage.class.getName());

    @Inject
    CourseRosters rosters;

    @Inject
    Referrals referrals;

    @Inject
    SignedInMember signedIn;

    private Optional<Long> courseId = Optional.empty();
    private CourseLearners course;
    private boolean unavailable;
    private String search;

    private final ReferralForm form = new ReferralForm();

    /** Reads the course's roster; also on the form's post, whose choice of student it checks against. */
    @PostConstruct
    void load() {
        search = Faces.getRequestParameter("q");
        try {
            courseId = Optional.ofNullable(Faces.getRequestParameter("course")).map(Long::valueOf);
            course = courseId.isPresent() ? rosters.learners(courseId.get()).orElse(null) : null;
        } catch (NumberFormatException notAnId) {
            courseId = Optional.empty();
        } catch (PlatformServiceFailed failed) {
            LOG.log(Level.WARNING, "Course roster unavailable for a referral: {0}", failed.getMessage());
            unavailable = true;
        }
    }

    /** View action: a course that is not the teacher's is "not found" (an unavailable roster is theirs). */
    public void requireCourse() throws IOException {
        if (course == null && !unavailable) {
            Faces.responseSendError(404, "no such course of this teacher");
        }
    }

    public void submit() throws IOException {
        try {
            Optional<Long> sent = courseId.isEmpty() ? Optional.empty()
                    : referrals.submit(signedIn.as(Role.TEACHER), courseId.get(), form.getStudent(), form.content());
            if (sent.isEmpty()) {
                Faces.responseSendError(404, "no such course or learner of this teacher");
                return;
            }
            Messages.addFlashGlobalInfo(PageText.of("referral.form.sent"));
            Faces.redirect("teacher/referrals");
        } catch (PlatformServiceFailed failed) {
            LOG.log(Level.WARNING, "Course roster unavailable when sending a referral: {0}", failed.getMessage());
            unavailable = true;
        }
    }

    /** The course's learners whose name contains the search, whatever the case. */
    public List<Learner> getLearners() {
        List<Learner> all = course == null ? List.of() : course.learners();
        if (search == null || search.isBlank()) {
            return all;
        }
        String wanted = search.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(learner -> learner.name().orElse("").toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    /** The learner's name, or a note that the LMS shares none. */
    public String name(Learner learner) {
        return learner.name().orElseGet(() -> PageText.of("teacher.students.unnamed"));
    }

    public String getCourseTitle() {
        return course == null ? "" : course.course().title();
    }

    public Long getCourseId() {
        return courseId.orElse(null);
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    /** The LMS gave no roster: the list is of the learners who opened the tool from this course. */
    public boolean isFromLaunches() {
        return course != null && course.fromLaunches();
    }

    public boolean isEmptyRoster() {
        return course != null && course.learners().isEmpty();
    }

    public String getSearch() {
        return search;
    }

    public ReferralForm getForm() {
        return form;
    }
}
