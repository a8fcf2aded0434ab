package id.ruangkonseling.referral;

import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.HtmlPage;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.PlatformServices;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TeacherReferral;
import id.ruangkonseling.testing.TestPlatform;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A teacher refers a learner of their course from the LMS roster and then sees the referral's status only. */
@ExtendWith(SharedServer.class)
class ReferralIT {

    private static final String FORM = "/teacher/refer";
    private static final String OBSERVED = "3 Maret dan 5 Maret: tidur di kelas, tidak ikut kerja kelompok";

    private PayaraMicro tool;
    private TestPlatform platform;
    private Http teacher;

    @BeforeEach
    void aTeacherLaunchedFromACourseWithARoster(PayaraMicro tool, TestPlatform platform) {
        this.tool = tool;
        this.platform = platform;
        teacher = new Http(tool);
        platform.launch(teacher, tool, "guru-rujuk-1", List.of(INSTRUCTOR), claims -> claims);
    }

    @Test
    void aTeacherRefersALearnerAndSeesItReceived() {
        String form = referLink(teacher, "Matematika XI");
        HttpResponse<String> page = teacher.get(form);
        assertEquals(200, page.statusCode(), page.body());
        for (String learner : List.of("Ani Wijaya", "Budi Santoso", "Citra Lestari")) {
            assertTrue(page.body().contains(">" + learner + "</option>"), learner + " can be picked");
        }

        HttpResponse<String> sent = FacesForm.submit(teacher, FORM, page, "refer", "refer:send",
                referral(page, form, "Sering terlihat sedih dan menyendiri"));

        assertEquals(302, sent.statusCode(), sent.body());
        assertEquals("/teacher/referrals", URI.create(sent.headers().firstValue("Location").orElseThrow()).getPath());
        String mine = teacher.get("/teacher/referrals").body();
        assertTrue(mine.contains("Rujukan terkirim kepada guru BK."), mine);
        String row = HtmlPage.find(mine, "(?s)(<tr>\\s*<th[^>]*>\\s*Budi Santoso.*?</tr>)");
        assertTrue(row.matches("(?s).*sosial.*>terkirim, menunggu guru BK<.*"), row);
        assertFalse(teacher.get("/teacher/referrals").body().contains("Rujukan terkirim"), "the flash message shows once");
    }

    @Test
    void theTeacherReadsWhereTheCaseTheReferralJoinedStands(DataSource database, TestPlatform school) {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        Http counselor = people.counselor("rujuk-bk", "Bu Konselor");
        people.referBudi("rujuk-wali", "Pak Wali", "Sering menyendiri", "Makan siang sendirian seminggu ini");
        Http wali = people.signIn("rujuk-wali", "Pak Wali", INSTRUCTOR);
        assertEquals("terkirim, menunggu guru BK", budisStatus(wali));

        SchoolPeople.takeFirst(counselor);
        assertEquals("ditangani guru BK", budisStatus(wali));
        String casePage = "/counselor/case?id=" + HtmlPage.find(counselor.get("/counselor/").body(), "/counselor/case\\?id=(\\d+)");
        assertEquals(302, FacesForm.submit(counselor, casePage, counselor.get(casePage), "steps", "steps:activate", Map.of()).statusCode());
        assertEquals("sedang berjalan", budisStatus(wali));
        assertEquals(302, FacesForm.submit(counselor, casePage, counselor.get(casePage), "steps", "steps:close",
                Map.of("steps:outcome", "Budi sudah bergabung dengan kelompok belajar.")).statusCode());
        String closed = wali.get("/teacher/referrals").body();
        assertEquals("selesai", budisStatus(wali));
        assertFalse(closed.contains("kelompok belajar"), "the teacher never reads the outcome");
    }

    private static String budisStatus(Http teacher) {
        String row = HtmlPage.find(teacher.get("/teacher/referrals").body(), "(?s)(<tr>\\s*<th[^>]*>\\s*Budi Santoso.*?</tr>)");
        return HtmlPage.find(row, "(?s)>(terkirim, menunggu guru BK|ditangani guru BK|sedang berjalan|selesai)<");
    }

    @Test
    void aReferralWithoutAReasonKeepsWhatWasTypedAndNamesTheField() {
        String form = referLink(teacher, "Matematika XI");
        HttpResponse<String> page = teacher.get(form);
        Map<String, String> fields = referral(page, form, "");

        HttpResponse<String> refused = FacesForm.submit(teacher, FORM, page, "refer", "refer:send", fields);

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Rujukan belum terkirim"), refused.body());
        assertTrue(refused.body().contains("Tuliskan alasan rujukan"), refused.body());
        assertTrue(refused.body().matches("(?s).*<textarea id=\"refer:reason\"[^>]*aria-invalid=\"true\".*"), "the field is marked");
        assertTrue(refused.body().contains(OBSERVED), "the observations typed are still there");
        assertTrue(teacher.get("/teacher/referrals").body().contains("Anda belum mengirim rujukan."));
    }

    @Test
    void aNameSearchNarrowsTheLearnersToPickFrom() {
        String page = teacher.get(referLink(teacher, "Matematika XI") + "&q=BUD").body();

        assertTrue(page.contains(">Budi Santoso</option>"), page);
        assertFalse(page.contains(">Ani Wijaya</option>") || page.contains(">Citra Lestari</option>"), "only names that match");
    }

    @Test
    void anotherSchoolsCourseIsNotFound(DataSource database) throws SQLException {
        try (TestPlatform otherSchool = TestPlatform.start().registerIn(database, "SMP Lain")) {
            Http colleague = new Http(tool);
            otherSchool.launch(colleague, tool, "guru-lain-1", List.of(INSTRUCTOR), claims -> claims);
            String theirs = referLink(colleague, "Matematika XI");

            assertEquals(404, teacher.get(theirs).statusCode());
        }
        assertEquals(404, teacher.get(FORM + "?course=abc").statusCode());
        assertEquals(404, teacher.get(FORM).statusCode());
    }

    @Test
    void anotherTeachersCourseIsNotFound() {
        Http colleague = new Http(tool);
        platform.launch(colleague, tool, "guru-rujuk-2", List.of(INSTRUCTOR), platform.fromCourse("12", "Sejarah IX"));

        assertEquals(404, teacher.get(referLink(colleague, "Sejarah IX")).statusCode());
    }

    @Test
    void aFailingLmsGetsAFriendlyMessageInsteadOfTheForm() {
        platform.launch(teacher, tool, "guru-rujuk-1", List.of(INSTRUCTOR), platform.fromCourse(PlatformServices.BROKEN_ROSTER, "Kimia IX"));

        HttpResponse<String> page = teacher.get(referLink(teacher, "Kimia IX"));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("LMS belum dapat memberikan daftar siswa"), page.body());
        assertFalse(page.body().contains("refer:send"), "no form without a roster to pick from");
    }

    @Test
    void aLearnerCannotReferNorReadReferrals() {
        Http student = new Http(tool);
        platform.launch(student, tool, "siswa-rujuk-1", List.of(LEARNER), claims -> claims);

        assertEquals(403, student.get(FORM + "?course=1").statusCode());
        assertEquals(403, student.get("/teacher/referrals").statusCode());
    }

    private static Map<String, String> referral(HttpResponse<String> page, String form, String reason) {
        return TeacherReferral.ofBudi(page, form, reason, OBSERVED);
    }

    private static String referLink(Http teacher, String courseTitle) {
        return TeacherReferral.link(teacher, courseTitle);
    }
}
