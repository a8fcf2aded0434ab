package id.ruangkonseling.school.control;

import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place a boundary turns its {@link Caller} into the member acting, inside its own transaction:
 * a member of the caller's school who still holds, by the school's word, the role they call in. A member
 * who is gone (erased), or whose school took the role away (a released counselor), is {@link NotFound},
 * as any id that is not theirs is. Found once per transaction: the persistence context keeps the member.
 */
@ApplicationScoped
public class Callers {

    @Inject
    EntityManager entityManager;

    /** The caller in the role they call in. */
    public Member member(Caller caller) {
        return Optional.ofNullable(entityManager.find(Member.class, caller.memberId()))
                .filter(member -> Objects.equals(member.school().id(), caller.schoolId()) && member.has(caller.role()))
                .orElseThrow(() -> new NotFound("member " + caller.memberId() + " as " + caller.role()));
    }

    /** The caller as a counselor of their school; anyone calling in another role is not found. */
    public Member counselor(Caller caller) {
        return as(caller, Role.COUNSELOR);
    }

    /** The caller as a student of their school. */
    public Member student(Caller caller) {
        return as(caller, Role.STUDENT);
    }

    /** The caller as a teacher of their school. */
    public Member teacher(Caller caller) {
        return as(caller, Role.TEACHER);
    }

    /** The caller as their school's admin. */
    public Member schoolAdmin(Caller caller) {
        return as(caller, Role.SCHOOL_ADMIN);
    }

    private Member as(Caller caller, Role role) {
        if (!caller.is(role)) {
            throw new NotFound("a " + caller.role() + " calling as " + role);
        }
        return member(caller);
    }
}
