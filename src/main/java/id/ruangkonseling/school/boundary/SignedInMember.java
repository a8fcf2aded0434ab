package id.ruangkonseling.school.boundary;

import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import id.ruangkonseling.platform.entity.Secrets;
import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.school.entity.Caller;
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

    /**
     * This member calling in {@code role}, from this session's launch. A role the launch did not give, or no
     * sign-in at all, is {@link NotFound}: a page or resource never acts in a role the session lacks.
     */
    public Caller as(Role role) {
        if (memberId == null || !roles.contains(role)) {
            throw new NotFound("a session without the role " + role);
        }
        return new Caller(schoolId, memberId, role, launchRef);
    }

    /** The session's member as a counselor when the launch made them one, else as a student: the chat serves both. */
    public Caller asCounselorOrStudent() {
        return as(has(Role.COUNSELOR) ? Role.COUNSELOR : Role.STUDENT);
    }

    /** Who the audit names for the launch itself: the role it made the member's home, or none when it gave no usable one. */
    public Actor launchedAs(Optional<Role> home) {
        return home.map(role -> as(role).actor()).orElseGet(() -> new Actor(schoolId, memberId, "NONE", launchRef));
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

    /** Whether the launch made this person a student: pages then speak to them with kamu, to staff with Anda. */
    public boolean isStudent() {
        return roles.contains(Role.STUDENT);
    }

    /** The roles this session signed in with. */
    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }
}
