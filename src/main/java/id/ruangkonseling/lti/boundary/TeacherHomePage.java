package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.boundary.CourseRosters.TaughtCourse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs {@code /teacher/}: the courses the teacher opened the tool from, each leading to its students;
 * {@code ?place=referral} (a link deep-linked as "refer a student") highlights the referral part.
 */
@Named
@RequestScoped
public class TeacherHomePage {

    @Inject
    CourseRosters rosters;

    private List<TaughtCourse> courses;

    public List<TaughtCourse> getCourses() {
        if (courses == null) {
            courses = rosters.taughtCourses(); // once per request: the page asks more than once
        }
        return courses;
    }
}
