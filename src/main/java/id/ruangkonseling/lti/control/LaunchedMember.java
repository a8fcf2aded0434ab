package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.entity.DeepLinkRequest;
import id.ruangkonseling.school.entity.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a verified launch signed in: the member and school it found or created, their roles now, and the
 * roles the member holds since this launch and did not before (what the audit trail records as role changes);
 * {@code courseId} is the course it came from, when it named one.
 */
public record LaunchedMember(Long memberId, Long schoolId, Optional<String> displayName, Set<Role> roles,
                             Optional<String> locale, Optional<DeepLinkRequest> deepLinking, Optional<ToolPlace> place,
                             Optional<Long> courseId, Set<Role> gained) {

    /** Where each role works, the most responsible first: that one is the person's home. */
    private static final List<Role> PRECEDENCE = List.of(Role.COUNSELOR, Role.SCHOOL_ADMIN, Role.TEACHER, Role.STUDENT);

    public Optional<Role> homeRole() {
        return PRECEDENCE.stream().filter(roles::contains).findFirst();
    }

    /** The Deep Linking request, when this person may answer it: only who teaches or runs the school adds tools. */
    public Optional<DeepLinkRequest> deepLinkingAllowed() {
        return deepLinking.filter(request -> roles.contains(Role.TEACHER) || roles.contains(Role.SCHOOL_ADMIN));
    }
}
