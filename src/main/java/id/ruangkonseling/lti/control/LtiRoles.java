package id.ruangkonseling.lti.control;

import id.ruangkonseling.school.entity.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the LMS's LTI roles make a person in the tool: Learner a student; Instructor, TeachingAssistant
 * or ContentDeveloper of the course a teacher; an institution or system Administrator a school admin.
 * Never a counselor: that is granted inside the tool, whatever the LMS sends. The same rules hold for
 * the LTI 1.3 vocabulary (URIs) and the LTI 1.1 one (URNs and short names).
 */
public final class LtiRoles {

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String MEMBERSHIP_SUB_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership/";
    /** LTI 1.1's course (context) roles: {@code urn:lti:role:ims/lis/Learner}, sub-roles after a "/". */
    private static final String LIS1_CONTEXT = "urn:lti:role:ims/lis/";
    private static final Set<String> ADMINISTRATORS = Set.of(
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator",
            "urn:lti:instrole:ims/lis/Administrator",
            "urn:lti:sysrole:ims/lis/Administrator");
    private static final Set<String> TEACHING = Set.of("Instructor", "TeachingAssistant", "ContentDeveloper");

    private LtiRoles() {
    }

    public static Set<Role> of(Collection<String> ltiRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String sent : ltiRoles) {
            String ltiRole = sent.strip();
            if (ADMINISTRATORS.contains(ltiRole)) {
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
     * The course (membership) role a value names — full URI, LTI 1.1 URN or short name; a sub-role
     * ({@code …membership/Instructor#TeachingAssistant}, {@code urn:lti:role:ims/lis/Instructor/GuestInstructor})
     * counts as its own name. Anything else: "". A short "Administrator" is the course's, not the school's.
     */
    private static String courseRole(String ltiRole) {
        if (ltiRole.startsWith(MEMBERSHIP)) {
            return ltiRole.substring(MEMBERSHIP.length());
        }
        if (ltiRole.startsWith(MEMBERSHIP_SUB_ROLE) && ltiRole.contains("#")) {
            return ltiRole.substring(ltiRole.indexOf('#') + 1);
        }
        if (ltiRole.startsWith(LIS1_CONTEXT)) {
            String name = ltiRole.substring(LIS1_CONTEXT.length());
            return name.substring(name.lastIndexOf('/') + 1);
        }
        return ltiRole.contains(":") || ltiRole.contains("/") ? "" : ltiRole;
    }
}
