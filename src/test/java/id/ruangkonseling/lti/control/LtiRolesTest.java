package id.ruangkonseling.lti.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ruangkonseling.school.entity.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LtiRolesTest {

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    @Test
    void aLearnerIsAStudent() {
        assertEquals(Set.of(Role.STUDENT), LtiRoles.of(List.of(MEMBERSHIP + "Learner")));
    }

    @Test
    void instructorsTeachingAssistantsAndContentDevelopersAreTeachers() {
        assertEquals(Set.of(Role.TEACHER), LtiRoles.of(List.of(MEMBERSHIP + "Instructor")));
        assertEquals(Set.of(Role.TEACHER), LtiRoles.of(List.of(
                "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant")));
        assertEquals(Set.of(Role.TEACHER), LtiRoles.of(List.of(MEMBERSHIP + "ContentDeveloper")));
        assertEquals(Set.of(Role.TEACHER), LtiRoles.of(List.of("Instructor")), "LTI 1.1 short name");
    }

    @Test
    void institutionAndSystemAdministratorsAreSchoolAdmins() {
        assertEquals(Set.of(Role.SCHOOL_ADMIN, Role.TEACHER), LtiRoles.of(List.of(
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator", MEMBERSHIP + "Instructor")));
        assertEquals(Set.of(Role.SCHOOL_ADMIN), LtiRoles.of(List.of(
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator")));
    }

    @Test
    void aCourseAdministratorIsNotASchoolAdmin() {
        assertEquals(Set.of(), LtiRoles.of(List.of(MEMBERSHIP + "Administrator")));
    }

    @Test
    void nothingTheLmsSendsMakesACounselor() {
        assertEquals(Set.of(), LtiRoles.of(List.of("Counselor", MEMBERSHIP + "Counselor", "urn:custom#Counselor",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Mentor")));
    }

    @Test
    void lti11UrnsAndShortNamesFollowTheSameRules() {
        assertEquals(Set.of(Role.STUDENT), LtiRoles.of(List.of("urn:lti:role:ims/lis/Learner")));
        assertEquals(Set.of(Role.STUDENT), LtiRoles.of(List.of("Learner")));
        assertEquals(Set.of(Role.TEACHER), LtiRoles.of(List.of("urn:lti:role:ims/lis/Instructor")));
        assertEquals(Set.of(Role.TEACHER), LtiRoles.of(List.of("urn:lti:role:ims/lis/TeachingAssistant")));
        assertEquals(Set.of(Role.TEACHER), LtiRoles.of(List.of("ContentDeveloper")));
        assertEquals(Set.of(Role.TEACHER), LtiRoles.of(List.of("urn:lti:role:ims/lis/Instructor/TeachingAssistant")));
        assertEquals(Set.of(Role.SCHOOL_ADMIN, Role.TEACHER), LtiRoles.of(List.of(
                "urn:lti:sysrole:ims/lis/Administrator", "urn:lti:instrole:ims/lis/Administrator", "Instructor")));
    }

    @Test
    void anLti11CourseAdministratorIsNotASchoolAdmin() {
        assertEquals(Set.of(), LtiRoles.of(List.of("Administrator")));
        assertEquals(Set.of(), LtiRoles.of(List.of("urn:lti:role:ims/lis/Administrator")));
    }

    @Test
    void nothingInLti11MakesACounselorEither() {
        assertEquals(Set.of(), LtiRoles.of(List.of("urn:lti:role:ims/lis/Mentor", "urn:lti:instrole:ims/lis/Counselor",
                "urn:lti:role:ims/lis/Learner/Counselor")));
    }

    @Test
    void noRolesMakeNoRoles() {
        assertEquals(Set.of(), LtiRoles.of(List.of()));
    }
}
