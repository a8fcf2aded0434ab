package id.ruangkonseling.school.entity;

import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import java.io.Serializable;
import java.util.Objects;

/**
 * Who calls a boundary: a member of a school, in one role their sign-in gave them, from one launch. Pages
 * and resources take it from the session ({@code SignedInMember.as}); the boundary finds the member it stands
 * for, checked against what the school says now ({@code Callers}), and the audit trail names it
 * ({@link #actor()}). It carries ids only, so that a chat poll can be decided on it without the database.
 */
public record Caller(long schoolId, long memberId, Role role, String launchRef) implements Serializable {

    public Caller {
        Objects.requireNonNull(role, "role");
    }

    public boolean is(Role role) {
        return this.role == role;
    }

    /** The caller as the audit trail names them. */
    public Actor actor() {
        return new Actor(schoolId, memberId, role.name(), launchRef);
    }
}
