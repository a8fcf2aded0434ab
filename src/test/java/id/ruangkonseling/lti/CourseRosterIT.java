package id.ruangkonseling.lti;

import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.PlatformServices;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A teacher sees the learners of their courses, read from the LMS roster (Names and Role Provisioning 2.0). */
@ExtendWith(SharedServer.class)
class CourseRosterIT {

    private PayaraMicro tool;
    private TestPlatform platform;
    private Http browser;

    @BeforeEach
    void registerAPlatform(PayaraMicro tool, TestPlatform platform) {
        this.platform = platform;
        this.tool = tool;
        this.browser = new Http(tool);
    }

    @Test
    void aTeacherSeesTheActiveLearnersOfEveryRosterPageByName() {
        platform.launch(browser, tool, "teacher-50", List.of(INSTRUCTOR), claims -> claims);

        HttpResponse<String> students = browser.get(studentsLink("Matematika XI"));

        assertEquals(200, students.statusCode(), students.body());
        assertEquals(List.of("Ani Wijaya", "Budi Santoso", "Citra Lestari"), listed(students.body()),
                "learners of all three pages, sorted; not the instructor, not the inactive learner");
        assertEquals(3, platform.services().rosterRequests());
    }

    @Test
    void theTokenIsFetchedOnceAcrossRostersOfTwoCourses() {
        platform.launch(browser, tool, "teacher-51", List.of(INSTRUCTOR), claims -> claims);
        browser.get(studentsLink("Matematika XI"));
        platform.launch(browser, tool, "teacher-51", List.of(INSTRUCTOR), platform.fromCourse("10", "Fisika XI"));

        HttpResponse<String> second = browser.get(studentsLink("Fisika XI"));

        assertEquals(List.of("Ani Wijaya", "Budi Santoso", "Citra Lestari"), listed(second.body()));
        assertEquals(1, platform.services().tokenRequests());
        assertEquals(6, platform.services().rosterRequests());
        browser.get(studentsLink("Fisika XI"));
        assertEquals(6, platform.services().rosterRequests(), "a roster seen a moment ago comes from the cache");
    }

    @Test
    void anotherTeachersCourseIsNotFound() {
        Http colleague = new Http(tool);
        platform.launch(colleague, tool, "teacher-53", List.of(INSTRUCTOR), platform.fromCourse("11", "Biologi XI"));
        String theirs = studentsLink(colleague, "Biologi XI");
        platform.launch(browser, tool, "teacher-52", List.of(INSTRUCTOR), claims -> claims);

        assertEquals(404, browser.get(theirs).statusCode());
        assertEquals(404, browser.get("/teacher/students?course=abc").statusCode());
        assertEquals(404, browser.get("/teacher/students").statusCode());
    }

    @Test
    void aFailingLmsGetsAFriendlyMessage() {
        platform.launch(browser, tool, "teacher-54", List.of(INSTRUCTOR),
                platform.fromCourse(PlatformServices.BROKEN_ROSTER, "Kimia XI"));

        HttpResponse<String> students = browser.get(studentsLink("Kimia XI"));

        assertEquals(200, students.statusCode());
        assertTrue(students.body().contains("LMS belum dapat memberikan daftar siswa"), students.body());
        assertFalse(students.body().contains("answered 500"), "no technical detail on the page");
    }

    @Test
    void withoutARosterFromTheLmsTheTeacherSeesTheLearnersWhoOpenedTheToolFromTheCourse() {
        platform.launch(browser, tool, "teacher-55", List.of(INSTRUCTOR), platform.fromCourseWithoutRoster("20", "Seni Budaya XI"));
        String link = studentsLink("Seni Budaya XI");
        HttpResponse<String> before = browser.get(link);
        assertTrue(before.body().contains("LMS belum dapat memberikan daftar siswa"), "nobody seen yet: " + before.body());

        for (String[] learner : new String[][] {{"student-55", "Eka Putri"}, {"student-56", "Dimas Pratama"}}) {
            platform.launch(new Http(tool), tool, learner[0], List.of(LEARNER),
                    platform.fromCourseWithoutRoster("20", "Seni Budaya XI").andThen(claims -> claims.claim("name", learner[1]))::apply);
        }
        platform.launch(new Http(tool), tool, "student-57", List.of(LEARNER), platform.fromCourseWithoutRoster("21", "Sejarah XI"));

        HttpResponse<String> students = browser.get(link);
        assertEquals(List.of("Dimas Pratama", "Eka Putri"), listed(students.body()), "this course's learners only, by name");
        assertTrue(students.body().contains("siswa yang pernah membuka Ruang Konseling dari kursus ini"), students.body());
        assertEquals(0, platform.services().rosterRequests(), "no roster call where the LMS offers none");
    }

    @Test
    void aLearnerCannotSeeARoster() {
        platform.launch(browser, tool, "student-50", List.of(LEARNER), claims -> claims);

        assertEquals(403, browser.get("/teacher/students?course=1").statusCode());
    }

    private String studentsLink(String courseTitle) {
        return studentsLink(browser, courseTitle);
    }

    /** The link to a course's students on the teacher's home, as the teacher follows it. */
    private static String studentsLink(Http teacher, String courseTitle) {
        Matcher link = Pattern.compile("<a href=\"(/teacher/students\\?course=\\d+)\">" + courseTitle + "</a>")
                .matcher(teacher.get("/teacher/").body());
        assertTrue(link.find(), courseTitle + " is among the teacher's courses");
        return link.group(1);
    }

    private static List<String> listed(String page) {
        List<String> names = new ArrayList<>();
        Matcher item = Pattern.compile("<li class=\"rk-student\">([^<]+)</li>").matcher(page);
        while (item.find()) {
            names.add(item.group(1));
        }
        return names;
    }
}
