package id.ruangkonseling.school;

import static id.ruangkonseling.testing.TestPlatform.ADMINISTRATOR;
import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A school admin names the school's counselors inside the tool — a person, or the instructors of the
 * BK course — and sees only their own school's people; the LMS alone never makes a counselor.
 */
@ExtendWith(SharedServer.class)
class CounselorAppointmentIT {

    private static final String PAGE = "/admin/counselors";

    private PayaraMicro tool;
    private TestPlatform platform;
    private TestPlatform otherSchool;
    private Http admin;

    @BeforeEach
    void schoolsWithAnAdmin(PayaraMicro tool, TestPlatform platform, TestPlatform otherSchool) {
        this.tool = tool;
        this.platform = platform;
        this.otherSchool = otherSchool;
        admin = new Http(tool);
        assertEquals("/admin/", landing(platform, admin, "kepala-5", "Pak Kepala", ADMINISTRATOR));
    }

    @Test
    void theAdminMakesATeacherCounselorAndTakesItBack() {
        assertEquals("/teacher/", landing(platform, new Http(tool), "guru-rina", "Bu Rina", INSTRUCTOR));
        assertEquals("/teacher/", landing(otherSchool, new Http(tool), "guru-lain", "Rina Lain", INSTRUCTOR));

        HttpResponse<String> found = admin.get(PAGE + "?q=rina");
        assertTrue(found.body().contains("Bu Rina"), found.body());
        assertFalse(found.body().contains("Rina Lain"), "another school's people are never listed");

        follow(FacesForm.submit(admin, PAGE, found, "people", "people:table:0:appoint", Map.of("q", "rina")),
                "Bu Rina sekarang guru BK");
        assertEquals("/counselor/", landing(platform, new Http(tool), "guru-rina", "Bu Rina", INSTRUCTOR));

        HttpResponse<String> counselor = admin.get(PAGE + "?q=rina");
        follow(FacesForm.submit(admin, PAGE, counselor, "people", "people:table:0:release", Map.of("q", "rina")),
                "Bu Rina bukan lagi guru BK");
        assertEquals("/teacher/", landing(platform, new Http(tool), "guru-rina", "Bu Rina", INSTRUCTOR),
                "an LMS launch does not give back what the admin took");
    }

    @Test
    void whoeverTeachesTheBkCourseIsACounselorButItsStudentsAreNot() {
        assertEquals("/teacher/", landing(platform, new Http(tool), "guru-bk-1", "Bu Sari", INSTRUCTOR));
        HttpResponse<String> page = admin.get(PAGE);
        String course = FacesForm.optionValue(page, "course:counseling-course", "Matematika XI");

        follow(FacesForm.submit(admin, PAGE, page, "course", "course:save-course", Map.of("course:counseling-course", course)),
                "Tersimpan.");

        assertEquals("/counselor/", landing(platform, new Http(tool), "guru-bk-1", "Bu Sari", INSTRUCTOR));
        assertEquals("/student/", landing(platform, new Http(tool), "siswa-bk-1", "Dewi", LEARNER));
        assertEquals("/teacher/", landing(otherSchool, new Http(tool), "guru-lain-2", "Pak Lain", INSTRUCTOR),
                "a course of the same id in another school is not this school's BK course");
    }

    @Test
    void aTeacherCannotOpenTheCounselorList() {
        Http teacher = new Http(tool);
        landing(platform, teacher, "guru-2", "Pak Guru", INSTRUCTOR);
        assertEquals(403, teacher.get(PAGE).statusCode());
    }

    /** Where a launch of this person sends them: the path of their home page. */
    private String landing(TestPlatform from, Http browser, String person, String name, String role) {
        HttpResponse<String> answer = from.launch(browser, tool, person, List.of(role), claims -> claims.claim("name", name))
                .answer();
        return URI.create(answer.headers().firstValue("Location").orElseThrow(() -> new AssertionError(answer.body()))).getPath();
    }

    private void follow(HttpResponse<String> answer, String expectedMessage) {
        assertEquals(302, answer.statusCode(), answer.body());
        URI next = URI.create(answer.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> page = admin.get(next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
        assertTrue(page.body().contains(expectedMessage), page.body());
    }
}
