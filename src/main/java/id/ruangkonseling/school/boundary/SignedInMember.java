package id.ruangkonseling.school.boundary;

import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import id.ruangkonseling.platform.control.Secrets;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who this session belongs to, as the last launch established it: the member, their school and their
 * roles. Set only by a verified launch; pages read it, never write it.
 */
@Named
@SessionScoped
public class SignedInMember implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Enough to tell one launch's entries from another's in the audit trail. */
    private static final int LAUNCH_REF_LENGTH = 16;

    private Long memberId;
    private Long schoolId;
    private String displayName;
    private EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    private String launchRef;

    public void signIn(Long memberId, Long schoolId, String displayName, Set<Role> roles) {
        this.memberId = memberId;
        this.schoolId = schoolId;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.launchRef = Secrets.random().substring(0, LAUNCH_REF_LENGTH);
    }

    /** This member acting in {@code role}, from this session's launch: who an audit entry names. */
    public Actor as(Role role) {
        return new Actor(schoolId, memberId, role.name(), launchRef);
    }

    /** This member in the role their launch gave them, or in none when it gave no usable one. */
    public Actor as(Optional<Role> role) {
        return role.map(this::as).orElseGet(() -> new Actor(schoolId, memberId, "NONE", launchRef));
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    /** The name the LMS gave, or empty when it shares none (then pages greet without a name). */
    public String getDisplayName() {
        return displayName == null ? "" : displayName;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The roles this session signed in with. */
    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }
}
