package id.ruangkonseling.school.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.school.control.SchoolDirectory;
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
public class CounselorAppointments {

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CounselorRoleChanged> roleChanged;

    /** The school's staff, or with a {@code search}, anyone whose name contains it. */
    @Transactional
    public List<Member> people(long schoolId, Optional<String> search) {
        School school = school(schoolId);
        return search.filter(text -> !text.isBlank())
                .map(text -> schools.membersNamed(school, text))
                .orElseGet(() -> schools.staff(school));
    }

    /** Makes the member a counselor; answers them, or empty when the admin's school has no such member. */
    @Transactional
    public Optional<Member> appoint(Actor admin, long memberId) {
        Optional<Member> member = schools.findMember(school(admin.schoolId()), memberId);
        member.ifPresent(m -> {
            m.grant(Role.COUNSELOR);
            audit.record(admin, AuditAction.COUNSELOR_APPOINTED, Subject.of("member", m.id()), null);
            roleChanged.fire(new CounselorRoleChanged(m.school().id(), m.id()));
        });
        return member;
    }

    /** Takes the counselor role from the member; answers them, or empty when there is no such member. */
    @Transactional
    public Optional<Member> release(Actor admin, long memberId) {
        Optional<Member> member = schools.findMember(school(admin.schoolId()), memberId);
        member.ifPresent(m -> {
            m.revoke(Role.COUNSELOR);
            audit.record(admin, AuditAction.COUNSELOR_RELEASED, Subject.of("member", m.id()), null);
            roleChanged.fire(new CounselorRoleChanged(m.school().id(), m.id()));
        });
        return member;
    }

    @Transactional
    public List<CourseContext> courses(long schoolId) {
        return schools.courses(school(schoolId));
    }

    @Transactional
    public Optional<Long> counselingCourseId(long schoolId) {
        return school(schoolId).counselingCourse().map(CourseContext::id);
    }

    /** Names the BK course, or with an empty {@code courseId} names none; false if there is no such course. */
    @Transactional
    public boolean nameCounselingCourse(Actor admin, Optional<Long> courseId) {
        School school = school(admin.schoolId());
        Optional<CourseContext> course = courseId.flatMap(id -> schools.findCourse(school, id));
        if (courseId.isPresent() && course.isEmpty()) {
            return false;
        }
        course.ifPresentOrElse(school::nameCounselingCourse, school::clearCounselingCourse);
        audit.record(admin, AuditAction.COUNSELING_COURSE_NAMED,
                course.map(c -> Subject.of("course", c.id())).orElse(Subject.NONE), null);
        return true;
    }

    private School school(long schoolId) {
        return schools.find(schoolId).orElseThrow(() -> new IllegalStateException("the signed-in school " + schoolId + " is gone"));
    }
}
