package id.ruangkonseling.school.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchoolTest {

    private static final Instant CREATED = Instant.parse("2025-07-14T07:00:00Z");

    private static School school() {
        return new School("https://lms.example", "client", "deployment", "SMA Negeri 1", CREATED);
    }

    @Test
    void aNewSchoolRunsOnJakartaTime() {
        assertEquals(ZoneId.of("Asia/Jakarta"), school().timeZone());
    }

    @Test
    void anAdminCanMoveTheSchoolToAnotherTimeZone() {
        School school = school();

        school.moveToTimeZone(ZoneId.of("Asia/Makassar"));

        assertEquals(ZoneId.of("Asia/Makassar"), school.timeZone());
    }

    @Test
    void aSchoolCanBeRenamedButNotToNothing() {
        School school = school();

        school.rename(" SMA Negeri 2 ");
        assertEquals("SMA Negeri 2", school.name());

        assertThrows(IllegalArgumentException.class, () -> school.rename("  "));
        assertEquals("SMA Negeri 2", school.name());
    }

    @Test
    void aSchoolNeedsItsLmsDeploymentAndAName() {
        assertThrows(IllegalArgumentException.class, () -> new School(" ", "client", "deployment", "SMA", CREATED));
        assertThrows(IllegalArgumentException.class, () -> new School("https://lms.example", "", "deployment", "SMA", CREATED));
        assertThrows(IllegalArgumentException.class, () -> new School("https://lms.example", "client", null, "SMA", CREATED));
        assertThrows(IllegalArgumentException.class, () -> new School("https://lms.example", "client", "deployment", " ", CREATED));
    }

    @Test
    void aCourseTakesItsTitleAndLabelFromTheLatestLaunch() {
        CourseContext course = new CourseContext(school(), "ctx-1", CREATED);

        course.seenInLaunch(" Bimbingan Konseling X-1 ", " BK-X1 ", CREATED.plusSeconds(60));
        assertEquals(Optional.of("Bimbingan Konseling X-1"), course.title());
        assertEquals(Optional.of("BK-X1"), course.label());

        course.seenInLaunch("", null, CREATED.plusSeconds(120));
        assertEquals(Optional.empty(), course.title());
        assertEquals(Optional.empty(), course.label());
    }

    @Test
    void aCoursesLastSeenOnlyMovesForward() {
        CourseContext course = new CourseContext(school(), "ctx-1", CREATED);
        Instant later = CREATED.plusSeconds(3600);
        course.seenInLaunch("BK", "BK", later);

        course.seenInLaunch("BK", "BK", CREATED.plusSeconds(60));

        assertEquals(later, course.lastSeenAt());
    }

    @Test
    void theBkCourseIsACourseOfTheSchoolItselfAndCanBeCleared() {
        School school = school();
        CourseContext bk = new CourseContext(school, "bk", CREATED);
        CourseContext elsewhere = new CourseContext(school(), "bk", CREATED);

        assertThrows(IllegalArgumentException.class, () -> school.nameCounselingCourse(elsewhere));
        assertFalse(school.isCounselingCourse(bk));

        school.nameCounselingCourse(bk);
        assertTrue(school.isCounselingCourse(bk));
        assertFalse(school.isCounselingCourse(new CourseContext(school, "math", CREATED)));

        school.clearCounselingCourse();
        assertEquals(Optional.empty(), school.counselingCourse());
    }
}
