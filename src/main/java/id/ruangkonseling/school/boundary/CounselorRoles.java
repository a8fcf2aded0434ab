package id.ruangkonseling.school.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * How a school admin names the school's counselors (guru BK): person by person, or as whoever teaches
 * the school's BK course. The LMS never makes a counselor; only this does. Everything is within the
 * admin's own school: another school's people and courses are simply not found.
 */
@ApplicationScoped
public class CounselorRoles {

    @Inject
    SchoolDirectory schools;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CounselorRoleChanged> roleChanged;

    /**
     * What {@code /admin/counselors} shows: the school's staff, or with a {@code search} anyone whose name
     * contains it; the school's courses; and which of them is its BK course.
     */
    public record People(List<Member> people, List<CourseContext> courses, Optional<Long> counselingCourseId) {
    }

    /** The admin's school's people, courses and BK course, read in one transaction. */
    @Transactional
    public People of(Caller admin, Optional<String> search) {
        School school = callers.schoolAdmin(admin).school();
        List<Member> people = search.filter(text -> !text.isBlank())
                .map(text -> schools.membersNamed(school, text))
                .orElseGet(() -> schools.staff(school));
        return new People(people, schools.courses(school), school.counselingCourse().map(CourseContext::id));
    }

    /** Makes the member a counselor; answers them, or empty when the admin's school has no such member. */
    @Transactional
    public Optional<Member> appoint(Caller admin, long memberId) {
        Optional<Member> member = schools.findMember(callers.schoolAdmin(admin).school(), memberId);
        member.ifPresent(m -> {
            m.grant(Role.COUNSELOR);
            audit.record(admin.actor(), AuditAction.COUNSELOR_APPOINTED, Subject.of("member", m.id()), null);
            roleChanged.fire(new CounselorRoleChanged(m.school().id(), m.id()));
        });
        return member;
    }

    /** Takes the counselor role from the member; answers them, or empty when there is no such member. */
    @Transactional
    public Optional<Member> release(Caller admin, long memberId) {
        Optional<Member> member = schools.findMember(callers.schoolAdmin(admin).school(), memberId);
        member.ifPresent(m -> {
            m.revoke(Role.COUNSELOR);
            audit.record(admin.actor(), AuditAction.COUNSELOR_RELEASED, Subject.of("member", m.id()), null);
            roleChanged.fire(new CounselorRoleChanged(m.school().id(), m.id()));
        });
        return member;
    }

    /** Names the BK course, or with an empty {@code courseId} names none; false if there is no such course. */
    @Transactional
    public boolean nameCounselingCourse(Caller admin, Optional<Long> courseId) {
        School school = callers.schoolAdmin(admin).school();
        Optional<CourseContext> course = courseId.flatMap(id -> schools.findCourse(school, id));
        if (courseId.isPresent() && course.isEmpty()) {
            return false;
        }
        course.ifPresentOrElse(school::nameCounselingCourse, school::clearCounselingCourse);
        audit.record(admin.actor(), AuditAction.COUNSELING_COURSE_NAMED,
                course.map(c -> Subject.of("course", c.id())).orElse(Subject.NONE), null);
        return true;
    }
}
