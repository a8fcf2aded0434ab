package id.ruangkonseling.needs.boundary;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;

/**
 * The course whose questionnaire this session's student opened (the link placed in it): what
 * {@code /api/needs/current} answers about. Set only after the student was found in that course.
 */
@SessionScoped
public class NeedsVisit implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long courseId;

    void opened(long course) {
        this.courseId = course;
    }

    Optional<Long> courseId() {
        return Optional.ofNullable(courseId);
    }
}
