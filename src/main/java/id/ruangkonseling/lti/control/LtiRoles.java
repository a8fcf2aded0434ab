package id.ruangkonseling.lti.control;

import id.ruangkonseling.school.entity.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the LMS's LTI roles make a person in the tool: Learner a student; Instructor, TeachingAssistant
 * or ContentDeveloper of the course a teacher; an institution or system Administrator a school admin.
 * Never a counselor: that is granted inside the tool, whatever the LMS sends.
 */
public final class LtiRoles {

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
    private static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";
    private static final Set<String> TEACHING = Set.of("Instructor", "TeachingAssistant", "ContentDeveloper");

    private LtiRoles() {
    }

    public static Set<Role> of(Collection<String> ltiRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String ltiRole : ltiRoles) {
            if (ltiRole.equals(INSTITUTION + "Administrator") || ltiRole.equals(SYSTEM + "Administrator")) {
                roles.add(Role.SCHOOL_ADMIN);
            }
            String courseRole = courseRole(ltiRole);
            if (courseRole.equals("Learner")) {
                roles.add(Role.STUDENT);
            } else if (TEACHING.contains(courseRole)) {
                roles.add(Role.TEACHER);
            }
        }
        return roles;
    }

    /**
     * The course (membership) role a claim value names, full URI or LTI 1.1 short name; a sub-role
     * ({@code …membership/Instructor#TeachingAssistant}) counts as its own name. Anything else: "".
     */
    private static String courseRole(String ltiRole) {
        if (ltiRole.startsWith(MEMBERSHIP)) {
            return ltiRole.substring(MEMBERSHIP.length());
        }
        String subRolePrefix = "http://purl.imsglobal.org/vocab/lis/v2/membership/";
        if (ltiRole.startsWith(subRolePrefix) && ltiRole.contains("#")) {
            return ltiRole.substring(ltiRole.indexOf('#') + 1);
        }
        return ltiRole.contains(":") || ltiRole.contains("/") ? "" : ltiRole;
    }
}
