package id.ruangkonseling.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A teacher who opened the tool from a course: what lets them see that course's roster. */
@Entity
@Table(name = "course_teacher")
public class CourseTeacher extends SchoolScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private CourseContext course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member teacher;

    @Column(name = "last_launch_at", nullable = false)
    private Instant lastLaunchAt;

    protected CourseTeacher() {
        // for JPA
    }

    public CourseTeacher(CourseContext course, Member teacher, Instant launchedAt) {
        super(course.school());
        if (!Objects.equals(course.school().id(), teacher.school().id())) {
            throw new IllegalArgumentException("a course and its teacher belong to one school");
        }
        this.course = course;
        this.teacher = teacher;
        this.lastLaunchAt = Objects.requireNonNull(launchedAt, "launchedAt");
    }

    public void launchedAgain(Instant at) {
        if (at.isAfter(lastLaunchAt)) {
            this.lastLaunchAt = at;
        }
    }

    public CourseContext course() {
        return course;
    }
}
