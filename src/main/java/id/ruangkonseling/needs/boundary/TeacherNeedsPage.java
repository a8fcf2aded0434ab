package id.ruangkonseling.needs.boundary;

import id.ruangkonseling.needs.boundary.NeedsCounts.Answered;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Backs {@code /teacher/needs?course=}: how many of the course's students answered the needs questionnaire, and nothing more. */
@Named
@RequestScoped
public class TeacherNeedsPage {

    @Inject
    NeedsCounts counts;

    @Inject
    SignedInMember signedIn;

    private String course;
    private Answered answered;

    /** View action: a course the teacher does not teach is "not found". */
    public void load() throws IOException {
        NeedsPages.read(() -> answered = counts.ofTaughtCourse(signedIn.as(Role.TEACHER), NeedsPages.id(course)));
    }

    public Answered getAnswered() {
        return answered;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }
}
