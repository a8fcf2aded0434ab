package id.ruangkonseling.school.control;

import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.CourseMember;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who opened the tool from which course, as teacher or learner: a teacher's courses (whose rosters they
 * may see), the learners seen in a course (its roster when the LMS serves none), a student's courses.
 * Everything within one school; another school's course or member is never found.
 */
@ApplicationScoped
public class CourseMembers {

    @Inject
    EntityManager entityManager;

    /** Notes that {@code member} opened the tool from {@code course} in {@code role} (teacher or student). */
    public void seenIn(Member member, CourseContext course, Role role, Instant now) {
        entityManager.createQuery("SELECT m FROM CourseMember m WHERE m.course = :course AND m.member = :member"
                        + " AND m.role = :role", CourseMember.class)
                .setParameter("course", course).setParameter("member", member).setParameter("role", role)
                .getResultStream().findFirst()
                .ifPresentOrElse(known -> known.launchedAgain(now),
                        () -> entityManager.persist(new CourseMember(course, member, role, now)));
    }

    /** The courses of their own school that this member opened the tool from as a teacher, by title. */
    public List<CourseContext> coursesTaughtBy(Long schoolId, Long memberId) {
        return coursesOf(schoolId, memberId, Role.TEACHER);
    }

    /** One of those courses; empty for any other, so another school's course looks like no course at all. */
    public Optional<CourseContext> courseTaughtBy(Long schoolId, Long memberId, Long courseId) {
        return coursesTaughtBy(schoolId, memberId).stream().filter(course -> course.id().equals(courseId)).findFirst();
    }

    /** The courses a student opened the tool from as a learner, by title: the classes a counselor sees. */
    public List<CourseContext> coursesLearnedBy(Member student) {
        return coursesOf(student.school().id(), student.id(), Role.STUDENT);
    }

    /** The learners who opened the tool from this course, by name. */
    public List<Member> learnersSeenIn(CourseContext course) {
        return entityManager.createQuery("SELECT m.member FROM CourseMember m WHERE m.course = :course AND m.role = :role"
                        + " ORDER BY m.member.displayName, m.member.id", Member.class)
                .setParameter("course", course).setParameter("role", Role.STUDENT).getResultList();
    }

    private List<CourseContext> coursesOf(Long schoolId, Long memberId, Role role) {
        return entityManager.createQuery("SELECT m.course FROM CourseMember m WHERE m.school.id = :school"
                        + " AND m.member.id = :member AND m.role = :role ORDER BY m.course.title, m.course.id", CourseContext.class)
                .setParameter("school", schoolId).setParameter("member", memberId).setParameter("role", role)
                .getResultList();
    }
}
