package id.ruangkonseling.lti.control;

import id.ruangkonseling.school.entity.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One member of a course as the platform's roster lists them (Names and Role Provisioning 2.0); name
 * and email appear only as far as the LMS's privacy settings share them.
 */
public record RosterMember(String userId, Optional<String> name, Optional<String> email, List<String> roles,
                           boolean active) {

    /** A member from the roster's JSON, or empty when it names no {@code user_id}. */
    static Optional<RosterMember> of(Map<String, Object> json) {
        if (!(json.get("user_id") instanceof String userId) || userId.isBlank()) {
            return Optional.empty();
        }
        List<String> roles = json.get("roles") instanceof List<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
        // status is optional in NRPS 2.0 and then means Active
        boolean active = !(json.get("status") instanceof String status) || "Active".equalsIgnoreCase(status);
        return Optional.of(new RosterMember(userId, text(json, "name"), text(json, "email"), roles, active));
    }

    /** An active student of the course, not also one who teaches it. */
    public boolean isActiveLearner() {
        Set<Role> mapped = LtiRoles.of(roles);
        return active && mapped.contains(Role.STUDENT) && !mapped.contains(Role.TEACHER);
    }

    private static Optional<String> text(Map<String, Object> json, String name) {
        return json.get(name) instanceof String value && !value.isBlank() ? Optional.of(value.strip()) : Optional.empty();
    }
}
