package id.ruangkonseling.school.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static final Instant FIRST = Instant.parse("2025-07-14T07:00:00Z");
    private static final School SCHOOL = new School("https://lms.example", "client", "deployment", "SMA 1", FIRST);

    private final Member member = new Member(SCHOOL, "sub-1", FIRST);

    @Test
    void aNewMemberMayDoNothingYet() {
        assertEquals(Set.of(), member.roles());
        for (Role role : Role.values()) {
            assertFalse(member.has(role), role.name());
        }
    }

    @Test
    void grantedRolesAreHeldIndependently() {
        member.grant(Role.STUDENT);
        member.grant(Role.COUNSELOR);

        assertTrue(member.has(Role.STUDENT));
        assertTrue(member.has(Role.COUNSELOR));
        assertFalse(member.has(Role.TEACHER));
        assertEquals(Set.of(Role.STUDENT, Role.COUNSELOR), member.roles());
    }

    @Test
    void revokingOneRoleLeavesTheOthers() {
        for (Role role : Role.values()) {
            member.grant(role);
        }

        member.revoke(Role.SCHOOL_ADMIN);

        assertFalse(member.has(Role.SCHOOL_ADMIN));
        assertEquals(Set.of(Role.STUDENT, Role.TEACHER, Role.COUNSELOR), member.roles());
    }

    @Test
    void aLaunchRefreshesNameAndEmailStripped() {
        member.seenInLaunch("  Siti Rahayu ", " siti@sekolah.sch.id\t", FIRST.plusSeconds(60));

        assertEquals(Optional.of("Siti Rahayu"), member.displayName());
        assertEquals(Optional.of("siti@sekolah.sch.id"), member.email());
    }

    @Test
    void aLaunchWithoutNameOrEmailClearsWhatWeHad() {
        member.seenInLaunch("Siti", "siti@sekolah.sch.id", FIRST);

        member.seenInLaunch("   ", null, FIRST);

        assertEquals(Optional.empty(), member.displayName());
        assertEquals(Optional.empty(), member.email());
    }

    @Test
    void aNameLongerThanItsColumnIsCutAndAnAddressTooLongIsNotKept() {
        member.seenInLaunch("Siti\u0007 " + "Rahayu".repeat(1000), "siti@" + "s".repeat(300) + ".sch.id", FIRST);

        assertEquals(Member.DISPLAY_NAME_LENGTH, member.displayName().orElseThrow().length());
        assertTrue(member.displayName().orElseThrow().startsWith("Siti Rahayu"));
        assertEquals(Optional.empty(), member.email());
    }

    @Test
    void theLanguageIsTheLastLaunchesOneTheServiceSpeaks() {
        assertEquals(Locale.forLanguageTag("id"), member.language(), "unknown until a launch names one: Indonesian");

        member.launchedIn("en-US");
        member.launchedIn("fr");
        member.launchedIn(" ");

        assertEquals(Locale.ENGLISH, member.language());
        member.launchedIn("id");
        assertEquals(Locale.forLanguageTag("id"), member.language());
    }

    @Test
    void lastSeenOnlyMovesForward() {
        Instant later = FIRST.plusSeconds(3600);
        member.seenInLaunch("Siti", null, later);

        member.seenInLaunch("Siti", null, FIRST.plusSeconds(60));

        assertEquals(later, member.lastSeenAt());
        assertEquals(FIRST, member.firstSeenAt());
    }

    @Test
    void aMemberNeedsASubjectAndASchool() {
        assertThrows(IllegalArgumentException.class, () -> new Member(SCHOOL, " ", FIRST));
        assertThrows(NullPointerException.class, () -> new Member(null, "sub-1", FIRST));
    }

    @Test
    void teachingTheSchoolsBkCourseMakesACounselorAndAnyOtherCourseATeacher() {
        School school = new School("https://lms.example", "client", "deployment", "SMA 2", FIRST);
        CourseContext math = new CourseContext(school, "math", FIRST);
        CourseContext bk = new CourseContext(school, "bk", FIRST);
        Member teacher = new Member(school, "guru-1", FIRST);

        teacher.teachesIn(math);
        assertEquals(Set.of(Role.TEACHER), teacher.roles());

        school.nameCounselingCourse(bk);
        teacher.teachesIn(bk);
        assertEquals(Set.of(Role.TEACHER, Role.COUNSELOR), teacher.roles());

        assertThrows(IllegalArgumentException.class, () -> member.teachesIn(bk), "a course of another school");
    }

    @Test
    void aSessionHasTheRolesOfItsLaunchAndCounselorOnlyWhenTheSchoolNamedOne() {
        member.grant(Role.TEACHER);
        assertEquals(Set.of(Role.STUDENT), member.rolesInLaunch(Set.of(Role.STUDENT)), "a teacher launching as learner");
        assertEquals(Set.of(Role.TEACHER), member.rolesInLaunch(Set.of(Role.TEACHER, Role.COUNSELOR)),
                "the LMS cannot make a counselor");

        member.grant(Role.COUNSELOR);
        assertEquals(Set.of(Role.TEACHER, Role.COUNSELOR), member.rolesInLaunch(Set.of(Role.TEACHER)));
        assertEquals(Set.of(Role.COUNSELOR), member.rolesInLaunch(Set.of()));
    }

    @Test
    void aLaunchAfterTheAdminMarkedTheStudentAsLeftMeansTheyAreBack() {
        Instant left = FIRST.plusSeconds(3600);
        member.markLeft(left);
        member.seenInLaunch("Dewi", null, left.minusSeconds(60));
        assertEquals(Optional.of(left), member.leftAt(), "an older launch changes nothing");
        member.seenInLaunch("Dewi", null, left.plusSeconds(60));
        assertEquals(Optional.empty(), member.leftAt());
    }

    @Test
    void anErasedMemberSaysNothingAboutThePerson() {
        member.grant(Role.STUDENT);
        member.seenInLaunch("Dewi Lestari", "dewi@sekolah.example", FIRST);
        member.erase(FIRST.plusSeconds(60));
        assertEquals(Optional.empty(), member.displayName());
        assertEquals(Optional.empty(), member.email());
        assertEquals(Set.of(), member.roles());
        assertFalse(member.subject().contains("sub-1"));
        assertTrue(member.isErased());
    }
}
