package id.ruangkonseling.counseling;

import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TeacherReferral;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A student asks for counseling from their home; a counselor of the same school sees it on the desk,
 * without what the student wrote, and takes it up; the student then reads that a counselor has it.
 * A counselor of another school never sees it, and a refused form keeps what the student typed.
 */
@ExtendWith(SharedServer.class)
class CounselingRequestIT {

    private static final String FORM = "/student/request";

    private PayaraMicro tool;
    private DataSource database;
    private TestPlatform school;
    private TestPlatform otherSchool;

    @BeforeEach
    void twoSchools(PayaraMicro tool, DataSource database, TestPlatform school, TestPlatform otherSchool) {
        this.tool = tool;
        this.database = database;
        this.school = school;
        this.otherSchool = otherSchool;
    }

    @Test
    void aStudentAsksACounselorTakesItUpAndTheStudentSeesIt() {
        Http student = signIn(school, "req-siswa", "Dewi Lestari", LEARNER);
        HttpResponse<String> sent = FacesForm.submit(student, FORM, student.get(FORM), "request", "request:send", Map.of(
                "request:field", "PERSONAL", "request:about", "Saya cemas menjelang ujian dan sulit tidur.",
                "request:urgency", "NOW", "request:mode", "CHAT", "request:availability", "Setelah jam 14.00",
                "request:acknowledged", "on"));
        assertEquals(302, sent.statusCode(), sent.body());
        String home = student.get("/student/").body();
        assertTrue(home.contains("Permohonanmu sudah terkirim ke guru BK") && home.contains("menunggu guru BK"), home);

        Http neighbour = counselor(otherSchool, "req-bk-lain", "Bu Lain");
        assertFalse(neighbour.get("/counselor/").body().contains("Dewi Lestari"), "another school's counselor never sees it");

        Http counselor = counselor(school, "req-bk", "Pak Konselor");
        HttpResponse<String> desk = counselor.get("/counselor/");
        assertTrue(desk.body().contains("Dewi Lestari") && desk.body().contains("rk-urgent"), desk.body());
        assertFalse(desk.body().contains("sulit tidur"), "the desk never shows what the student wrote");
        HttpResponse<String> accepted = FacesForm.submit(counselor, "/counselor/", desk, "desk", "desk:queue:0:take", Map.of());
        assertEquals(302, accepted.statusCode(), accepted.body());
        assertTrue(counselor.get("/counselor/").body().contains("Anda menangani permohonan Dewi Lestari"));

        assertTrue(student.get("/student/").body().contains("sedang ditangani guru BK"));

        HttpResponse<String> withCase = counselor.get("/counselor/");
        assertTrue(withCase.body().contains("Kasus saya") && withCase.body().contains("Dewi Lestari"), withCase.body());
        assertEquals(302, FacesForm.submit(counselor, "/counselor/", withCase, "cases", "cases:open:0:activate", Map.of())
                .statusCode());
        HttpResponse<String> active = counselor.get("/counselor/");
        assertTrue(active.body().contains("berjalan"), active.body());
        HttpResponse<String> noOutcome = FacesForm.submit(counselor, "/counselor/", active, "cases", "cases:open:0:close",
                Map.of("cases:open:0:outcome", ""));
        assertTrue(noOutcome.body().contains("tuliskan hasilnya"), "a case closes only with its outcome");
        assertEquals(302, FacesForm.submit(counselor, "/counselor/", counselor.get("/counselor/"), "cases", "cases:open:0:close",
                Map.of("cases:open:0:outcome", "Tidur teratur kembali; tindak lanjut setelah ujian.")).statusCode());
        String closed = counselor.get("/counselor/").body();
        assertTrue(closed.contains("Kasus Dewi Lestari sudah ditutup") && closed.contains("tidak punya kasus yang terbuka"), closed);
    }

    @Test
    void aTeachersReferralIsTakenUpIntoTheStudentsCaseAndTheTeacherSeesAccepted() {
        Http teacher = signIn(school, "ref-guru", "Bu Wali", INSTRUCTOR);
        String form = TeacherReferral.link(teacher, "Matematika XI");
        HttpResponse<String> page = teacher.get(form);
        assertEquals(302, FacesForm.submit(teacher, "/teacher/refer", page, "refer", "refer:send",
                TeacherReferral.ofBudi(page, form, "Sering melamun di kelas", "Tiga kali tertidur minggu ini")).statusCode());

        Http counselor = counselor(school, "ref-bk", "Bu Konselor");
        HttpResponse<String> desk = counselor.get("/counselor/");
        assertTrue(desk.body().contains("Budi Santoso") && desk.body().contains("Rujukan dari guru"), desk.body());
        assertFalse(desk.body().contains("Sering melamun"), "the desk lists referrals without their text");
        assertEquals(302, FacesForm.submit(counselor, "/counselor/", desk, "desk", "desk:queue:0:take", Map.of())
                .statusCode());
        assertTrue(counselor.get("/counselor/").body().contains("Anda menangani rujukan tentang Budi Santoso"));

        assertTrue(teacher.get("/teacher/referrals").body().contains("ditangani guru BK"), "the teacher sees accepted");
    }

    @Test
    void aDeclineNeedsAReasonWhichTheStudentThenReads() {
        Http student = signIn(school, "dec-siswa", "Sari", LEARNER);
        FacesForm.submit(student, FORM, student.get(FORM), "request", "request:send", Map.of(
                "request:field", "CAREER", "request:about", "Bingung memilih jurusan kuliah.",
                "request:urgency", "CAN_WAIT", "request:mode", "FACE_TO_FACE", "request:acknowledged", "on"));
        Http counselor = counselor(school, "dec-bk", "Pak Karier");

        HttpResponse<String> noReason = FacesForm.submit(counselor, "/counselor/", counselor.get("/counselor/"), "desk",
                "desk:queue:0:decline", Map.of("desk:queue:0:reason", " "));
        assertEquals(200, noReason.statusCode());
        assertTrue(noReason.body().contains("tuliskan tanggapan yang ramah"), noReason.body());
        assertTrue(student.get("/student/").body().contains("menunggu guru BK"), "nothing happened to the request");

        String reason = "Bu Ani, guru BK kelas XII, akan menemuimu minggu ini.";
        assertEquals(302, FacesForm.submit(counselor, "/counselor/", counselor.get("/counselor/"), "desk",
                "desk:queue:0:decline", Map.of("desk:queue:0:reason", reason)).statusCode());
        String home = student.get("/student/").body();
        assertTrue(home.contains("tidak dilanjutkan") && home.contains(reason), home);
    }

    @Test
    void aFormWithoutTheAcknowledgementIsNotSentAndKeepsWhatWasTyped() {
        Http student = signIn(school, "req-siswa-2", "Rudi", LEARNER);
        HttpResponse<String> refused = FacesForm.submit(student, FORM, student.get(FORM), "request", "request:send", Map.of(
                "request:field", "LEARNING", "request:about", "Nilai matematika saya turun terus.",
                "request:urgency", "SOON", "request:mode", "MESSAGES"));

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Belum terkirim") && refused.body().contains("centang kotaknya"), refused.body());
        assertTrue(refused.body().contains("Nilai matematika saya turun terus."), "what the student typed is still there");
        assertTrue(student.get("/student/").body().contains("Kamu belum pernah mengajukan konseling"));
    }

    @Test
    void onlyStudentsAskAndOnlyCounselorsSeeTheDesk() {
        Http teacher = signIn(school, "req-guru", "Pak Guru", INSTRUCTOR);
        assertEquals(403, teacher.get(FORM).statusCode());
        assertEquals(403, teacher.get("/counselor/").statusCode());
    }

    private Http signIn(TestPlatform platform, String person, String name, String role) {
        return new SchoolPeople(tool, database, platform).signIn(person, name, role);
    }

    private Http counselor(TestPlatform platform, String person, String name) {
        return new SchoolPeople(tool, database, platform).counselor(person, name);
    }
}
