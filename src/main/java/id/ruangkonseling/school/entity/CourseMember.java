package id.ruangkonseling.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A member who opened the tool from a course, as its teacher or as one of its learners. A teacher's
 * entry lets them see the course's roster; learners' entries are the roster when the LMS serves none,
 * and tell a counselor which courses (classes) a student is in.
 */
@Entity
@Table(name = "course_member")
public class CourseMember extends SchoolScoped {

    private static final Set<Role> IN_COURSES = Set.of(Role.TEACHER, Role.STUDENT);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private CourseContext course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(name = "course_role", nullable = false, updatable = false)
    private Role role;

    @Column(name = "last_launch_at", nullable = false)
    private Instant lastLaunchAt;

    protected CourseMember() {
        // for JPA
    }

    public CourseMember(CourseContext course, Member member, Role role, Instant launchedAt) {
        super(course.school());
        if (!Objects.equals(course.school().id(), member.school().id())) {
            throw new IllegalArgumentException("a course and its members belong to one school");
        }
        if (!IN_COURSES.contains(role)) {
            throw new IllegalArgumentException("a course has teachers and learners, not " + role);
        }
        this.course = course;
        this.member = member;
        this.role = role;
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

    public Member member() {
        return member;
    }

    public Role role() {
        return role;
    }
}
