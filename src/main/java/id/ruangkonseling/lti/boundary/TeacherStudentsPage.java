package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.boundary.CourseRosters.CourseLearners;
import id.ruangkonseling.lti.control.PlatformServiceFailed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Backs {@code /teacher/students?course=ID}: the active learners of one of the teacher's courses, as
 * the LMS roster lists them. Any other course is "not found"; an LMS that fails gets a friendly text.
 */
@Named
@RequestScoped
public class TeacherStudentsPage {

    private static final Logger LOG = System.getLogger(TeacherStudentsPage.class.getName());

    @Inject
    CourseRosters rosters;

    private String course;
    private CourseLearners learners;
    private boolean unavailable;

    /** View action: reads the roster once, or answers 404. */
    public void load() throws IOException {
        try {
            Optional<CourseLearners> found = courseId().isPresent() ? rosters.learners(courseId().get()) : Optional.empty();
            if (found.isEmpty()) {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().responseSendError(404, "no such course of this teacher");
                faces.responseComplete();
                return;
            }
            learners = found.get();
        } catch (PlatformServiceFailed failed) {
            LOG.log(Level.WARNING, "Course roster unavailable: {0}", failed.getMessage());
            unavailable = true;
        }
    }

    private Optional<Long> courseId() {
        try {
            return course == null ? Optional.empty() : Optional.of(Long.valueOf(course));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public CourseLearners getLearners() {
        return learners;
    }

    public boolean isUnavailable() {
        return unavailable;
    }
}
