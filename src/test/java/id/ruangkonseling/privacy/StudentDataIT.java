package id.ruangkonseling.privacy;

import static id.ruangkonseling.testing.TestPlatform.ADMINISTRATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.privacy.StudentSeed.SeededCase;
import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A student's rights at {@code /admin/student-data}, {@code /admin/breach} and on the student's home: the
 * admin's export holds kinds, dates and counts but no written word, unless a counselor co-signed the admin's
 * reason (the student is told); the student downloads their own words without the counselor's notes; deletion takes the student's name and then removes everything; the breach query lists
 * exactly the students a window touched; another school's admin finds none of it.
 */
@ExtendWith(SharedServer.class)
class StudentDataIT {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private PayaraMicro tool;
    private DataSource database;
    private TestPlatform school;
    private SchoolPeople people;
    private SchoolPeople neighbours;

    @BeforeEach
    void schools(PayaraMicro tool, DataSource database, TestPlatform school, TestPlatform neighbour) {
        this.tool = tool;
        this.database = database;
        this.school = school;
        this.people = new SchoolPeople(tool, database, school);
        this.neighbours = new SchoolPeople(tool, database, neighbour);
    }

    @Test
    void theAdminsExportHoldsKindsDatesAndCountsButNoWrittenWord() throws SQLException, IOException {
        SchoolPeople.ask(people.student("sd-dewi", "Dewi Lestari"), "PERSONAL", "SOON", "Saya cemas menjelang ujian nasional.");
        SchoolPeople.ask(people.student("sd-rani", "Rani Lain"), "SOCIAL", "SOON", "Rahasia Rani yang tidak boleh bocor.");
        StudentSeed seed = new StudentSeed(database, school.issuer(), "sd-export");
        long dewi = seed.memberId("sd-dewi");
        seed.caseOf(dewi, "CLOSED", Instant.now(), "sesi Dewi tentang ujian");
        Http admin = people.signIn("sd-admin", "Bu Kepala", ADMINISTRATOR);

        String found = admin.get("/admin/student-data?q=dewi").body();
        assertTrue(found.contains("Dewi Lestari") && !found.contains("Rani Lain"), found);
        HttpResponse<String> json = admin.get("/admin/student-data/export?id=" + dewi + "&format=json");
        assertEquals(200, json.statusCode());
        assertEquals("no-store", json.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.body().contains("\"name\": \"Dewi Lestari\"") && json.body().contains("REQUEST_SUBMITTED")
                && json.body().contains("\"extent\": \"without_words\"") && json.body().contains("\"service_field\": \"PERSONAL\"")
                && json.body().contains("\"submitted_at\"") && json.body().contains("\"notes\": 1"), json.body());
        assertNoWords(json.body(), "sesi Dewi", "Saya cemas");
        assertFalse(json.body().contains("Rahasia Rani") || json.body().contains("Rani Lain"), json.body());

        HttpResponse<byte[]> pdf = admin.download("/admin/student-data/export?id=" + dewi + "&format=pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = pdfText(pdf);
        assertTrue(text.contains("Dewi Lestari") && text.contains("Catatan konseling (1)") && text.contains("Tanpa isi tulisan"), text);
        assertNoWords(text, "sesi Dewi", "Saya cemas");
        assertEquals(2, seed.single("SELECT COUNT(*) FROM audit_entry WHERE action = 'DATA_EXPORTED' AND subject_type = 'member'"
                + " AND subject_id = '" + dewi + "'"), "each download is audited");
    }

    @Test
    void theStudentDownloadsTheirOwnFileWithTheirMessagesButNoNotesReferralsOrTrail() throws SQLException, IOException {
        Http eka = people.student("sd-eka", "Eka Putri");
        SchoolPeople.ask(eka, "LEARNING", "SOON", "Saya ingin belajar mengatur waktu.");
        StudentSeed seed = new StudentSeed(database, school.issuer(), "sd-mine");
        long ekaId = seed.memberId("sd-eka");
        seed.caseOf(ekaId, "CLOSED", Instant.now(), "sesi Eka");
        assertTrue(eka.get("/student/").body().contains("/student/my-data/export?format=pdf\""), "the home offers the download");

        HttpResponse<String> json = eka.get("/student/my-data/export?format=json");
        assertEquals(200, json.statusCode());
        assertEquals("no-store", json.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(json.headers().firstValue("Content-Disposition").orElse("").contains("data-saya-ruang-konseling.json"));
        assertTrue(json.body().contains("Saya ingin belajar mengatur waktu.") && json.body().contains("Pesan: sesi Eka")
                && json.body().contains("Permohonan: sesi Eka") && json.body().contains("\"name\": \"Eka Putri\"")
                && json.body().contains("\"extent\": \"own\""), json.body());
        assertFalse(json.body().contains("Catatan: sesi Eka") || json.body().contains("Rujukan: sesi Eka")
                || json.body().contains("Pengamatan: sesi Eka") || json.body().contains("Hasil: sesi Eka")
                || json.body().contains("\"notes\"") || json.body().contains("\"referrals\"") || json.body().contains("\"audit\""),
                json.body());

        HttpResponse<byte[]> pdf = eka.download("/student/my-data/export?format=pdf");
        assertEquals(200, pdf.statusCode());
        String text = pdfText(pdf);
        assertTrue(text.contains("Pesan: sesi Eka") && text.contains("Datamu sendiri") && text.matches("(?s).*, pukul \\d{1,2}\\.\\d{2} WIB.*"),
                text);
        assertFalse(text.contains("Catatan: sesi Eka") || text.contains("Rujukan: sesi Eka") || text.contains("Jejak audit"), text);
        assertEquals(2, seed.single("SELECT COUNT(*) FROM audit_entry WHERE action = 'OWN_DATA_EXPORTED' AND subject_id = '" + ekaId + "'"));
    }

    @Test
    void theWholeFileNeedsACounselorsCosignatureAndTheStudentIsTold() throws SQLException, IOException {
        Http gita = people.student("sd-gita", "Gita Rahma");
        StudentSeed seed = new StudentSeed(database, school.issuer(), "sd-cosign");
        long gitaId = seed.memberId("sd-gita");
        seed.caseOf(gitaId, "ACTIVE", Instant.now(), "sesi Gita");
        long hadi = seed.student("sd-hadi", "Hadi Saputra", Instant.now());
        seed.caseOf(hadi, "ACTIVE", Instant.now(), "sesi Hadi");
        Http counselor = people.counselor("sd-cosign-rina", "Bu Rina");
        Http admin = people.signIn("sd-cosign-admin", "Pak Kepala", ADMINISTRATOR);
        long adminId = seed.memberId("sd-cosign-admin");
        String reason = "Orang tua Gita meminta salinan lengkap secara tertulis.";

        HttpResponse<String> tooShort = askCosign(admin, gitaId, "Bu Rina", "terlalu pendek");
        assertTrue(tooShort.statusCode() == 200 && tooShort.body().contains("Tulis alasan antara 20 dan"), "refused at its field: " + tooShort.body());
        HttpResponse<String> herself = askCosign(admin, gitaId, adminId, reason);
        assertTrue(herself.statusCode() == 200 && !herself.body().contains("Permintaan dikirim"), "the admin co-signs nothing: " + herself.body());
        assertEquals(0, seed.single("SELECT COUNT(*) FROM export_request WHERE student_id = " + gitaId));

        assertEquals(302, askCosign(admin, gitaId, "Bu Rina", reason).statusCode());
        assertEquals(1, seed.single("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT_COSIGN_ASKED' AND actor_id = " + adminId));
        assertNoWords(admin.get("/admin/student-data/export?id=" + gitaId + "&format=json").body(), "sesi Gita");

        HttpResponse<String> desk = counselor.get("/counselor/");
        assertTrue(desk.body().contains(reason) && desk.body().contains("Gita Rahma"), desk.body());
        assertEquals(302, FacesForm.submit(counselor, "/counselor/", desk, "cosign", "cosign:asks:0:sign", Map.of()).statusCode());
        long requestId = seed.single("SELECT MAX(id) FROM export_request WHERE student_id = " + gitaId);
        assertEquals(1, seed.single("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT_COSIGNED' AND subject_type = 'export_request'"
                + " AND subject_id = '" + requestId + "'"));

        String full = admin.get("/admin/student-data/export?id=" + gitaId + "&format=json").body();
        assertTrue(full.contains("Pesan: sesi Gita") && full.contains("Catatan: sesi Gita") && full.contains("\"extent\": \"full\""), full);
        assertTrue(pdfText(admin.download("/admin/student-data/export?id=" + gitaId + "&format=pdf")).contains("Pesan: sesi Gita"));
        assertEquals(2, seed.single("SELECT COUNT(*) FROM audit_entry WHERE action = 'DATA_EXPORTED_WITH_CONTENT' AND subject_id = '"
                + gitaId + "'"));
        String home = gita.get("/student/").body();
        assertTrue(home.contains("Admin sekolah Pak Kepala meminta seluruh isi datamu") && home.contains("guru BK Bu Rina menyetujuinya")
                && home.contains(reason), home);
        assertNoWords(admin.get("/admin/student-data/export?id=" + hadi + "&format=json").body(), "sesi Hadi");

        assertEquals(302, askCosign(admin, hadi, "Bu Rina", "Permintaan resmi dari dinas pendidikan tentang Hadi.").statusCode());
        HttpResponse<String> deskAgain = counselor.get("/counselor/");
        assertEquals(302, FacesForm.submit(counselor, "/counselor/", deskAgain, "cosign", "cosign:asks:0:refuse", Map.of()).statusCode());
        assertEquals(1, seed.single("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT_COSIGN_REFUSED' AND actor_id = "
                + seed.memberId("sd-cosign-rina")));
        assertNoWords(admin.get("/admin/student-data/export?id=" + hadi + "&format=json").body(), "sesi Hadi");
        assertTrue(admin.get("/admin/student-data?id=" + hadi).body().contains("ditolak oleh Bu Rina"));
    }

    @Test
    void deletionTakesTheStudentsNameAndThenRemovesEverythingAboutThem() throws SQLException {
        StudentSeed seed = new StudentSeed(database, school.issuer(), "sd-del");
        long hana = seed.student("sd-hana", "Hana Pertiwi", Instant.now());
        seed.onlyReferred(hana);
        SeededCase closed = seed.caseOf(hana, "CLOSED", Instant.now().minusSeconds(86_400), "kasus Hana selesai");
        SeededCase open = seed.caseOf(hana, "ACTIVE", Instant.now(), "kasus Hana berjalan");
        long draft = seed.draft(hana, Instant.now(), "draf Hana");
        SeededCase another = seed.caseOf(seed.student("sd-indra", "Indra Lain", Instant.now()), "ACTIVE", Instant.now(), "kasus Indra");
        Http admin = people.signIn("sd-del-admin", "Bu Kepala", ADMINISTRATOR);
        assertTrue(admin.get("/admin/student-data?q=hana").body().contains("Hana Pertiwi"), "a student known only from a referral is found");
        String address = "/admin/student-data?q=hana&id=" + hana;

        HttpResponse<String> wrong = delete(admin, address, hana, "Hana");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Nama yang diketik tidak sama dengan nama siswa; tidak ada yang dihapus.")
                && wrong.body().contains("value=\"Hana\""), wrong.body());
        assertRows(seed, closed, 1);
        assertRows(seed, open, 1);
        assertEquals(1, seed.exists("request_draft", draft));

        assertEquals(302, delete(admin, address, hana, "  hana pertiwi ").statusCode());
        assertTrue(admin.get("/admin/student-data").body().contains("Semua data Hana Pertiwi sudah dihapus (2 kasus, 2 pesan)."));
        assertRows(seed, closed, 0);
        assertRows(seed, open, 0);
        assertEquals(0, seed.exists("request_draft", draft));
        assertRows(seed, another, 1);
        assertEquals(0, seed.single("SELECT COUNT(*) FROM school_member WHERE id = " + hana
                + " AND (display_name IS NOT NULL OR email IS NOT NULL OR student = TRUE OR subject = 'sd-hana')"), "nothing personal stays");
        assertEquals(1, seed.single("SELECT COUNT(*) FROM audit_entry WHERE action = 'DATA_DELETED_ON_REQUEST' AND subject_id = '" + hana
                + "' AND detail = 'cases=2 requests=2 notes=2 referrals=2 conversations=2 messages=2 appointments=2 drafts=1'"));
        assertFalse(admin.get("/admin/student-data?q=hana").body().contains("Hana Pertiwi"), "the student is not found any more");
    }

    @Test
    void theBreachQueryListsExactlyTheStudentsTouchedInTheWindow() throws SQLException {
        StudentSeed seed = new StudentSeed(database, school.issuer(), "sd-breach");
        Instant incident = LocalDate.now(JAKARTA).minusDays(400).atTime(LocalTime.NOON).atZone(JAKARTA).toInstant();
        long changed = seed.student("sd-joko", "Joko Tersentuh", Instant.now());
        seed.caseOf(changed, "ACTIVE", incident, "kasus Joko");
        long untouched = seed.student("sd-kiki", "Kiki Aman", Instant.now());
        seed.caseOf(untouched, "ACTIVE", incident.minusSeconds(10L * 86_400), "kasus Kiki");
        long read = seed.student("sd-lala", "Lala Dibaca", Instant.now());
        SeededCase readCase = seed.caseOf(read, "ACTIVE", incident.minusSeconds(5L * 86_400), "kasus Lala");
        seed.caseRead(readCase.rows().get("counseling_case"), incident.plusSeconds(600));
        Http admin = people.signIn("sd-breach-admin", "Bu Kepala", ADMINISTRATOR);
        String window = "from=" + local(incident.minusSeconds(3600)) + "&to=" + local(incident.plusSeconds(3600));

        String cases = admin.get("/admin/breach?" + window + "&kind=CASES").body();
        assertTrue(cases.contains("Joko Tersentuh") && cases.contains("Lala Dibaca") && !cases.contains("Kiki Aman"), cases);
        String every = admin.get("/admin/breach?" + window).body();
        assertTrue(every.contains("Joko Tersentuh") && !every.contains("Kiki Aman"), every);
        String notes = admin.get("/admin/breach?" + window + "&kind=NOTES").body();
        assertTrue(notes.contains("Tidak ada data siswa yang terdampak dalam rentang itu."), notes);

        HttpResponse<String> csv = admin.get("/admin/breach.csv?" + window + "&kind=CASES");
        assertEquals(200, csv.statusCode());
        assertEquals("no-store", csv.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("member_id,name,email,created_or_changed,read\r\n" + changed + ",\"Joko Tersentuh\",\"\",1,0\r\n"
                + read + ",\"Lala Dibaca\",\"\",0,1\r\n", csv.body());

        HttpResponse<String> typo = admin.get("/admin/breach?from=kemarin&to=" + local(incident));
        assertTrue(typo.body().contains("Isikan tanggal dan jam lengkap (tanggal/bulan/tahun, jam.menit), misalnya 29/11/2026 08.00.") && typo.body().contains("value=\"kemarin\""),
                typo.body());
        assertEquals(400, admin.get("/admin/breach.csv?from=kemarin&to=" + local(incident)).statusCode());
    }

    @Test
    void anotherSchoolsAdminFindsNoneOfIt() throws SQLException {
        StudentSeed seed = new StudentSeed(database, school.issuer(), "sd-own");
        long mira = seed.student("sd-mira", "Mira Sendiri", Instant.now());
        SeededCase hers = seed.caseOf(mira, "ACTIVE", Instant.now(), "kasus Mira");
        Http stranger = neighbours.signIn("sd-stranger", "Pak Tetangga", ADMINISTRATOR);

        assertTrue(stranger.get("/admin/student-data?q=mira").body().contains("Tidak ada siswa dengan nama itu."));
        assertEquals(404, stranger.get("/admin/student-data/export?id=" + mira + "&format=json").statusCode());
        assertEquals(404, stranger.download("/admin/student-data/export?id=" + mira + "&format=pdf").statusCode());
        String address = "/admin/student-data?q=mira&id=" + mira;
        HttpResponse<String> page = stranger.get(address);
        assertTrue(page.body().contains("Siswa itu tidak ditemukan.") && !page.body().contains("Mira Sendiri"), page.body());
        HttpResponse<String> deletion = FacesForm.submit(stranger, "/admin/student-data", page, "erase", "erase:delete",
                Map.of("q", "mira", "id", Long.toString(mira), "erase:confirmation", "Mira Sendiri"));
        assertFalse(deletion.body().contains("Mira Sendiri"), deletion.body());
        assertRows(seed, hers, 1);
        assertEquals(1, seed.single("SELECT COUNT(*) FROM school_member WHERE id = " + mira + " AND display_name = 'Mira Sendiri'"));
        String breach = stranger.get("/admin/breach").body();
        assertFalse(breach.contains("Mira Sendiri"), breach);
        assertEquals(0, seed.single("SELECT COUNT(*) FROM audit_entry WHERE action IN ('DATA_EXPORTED', 'DATA_DELETED_ON_REQUEST')"
                + " AND subject_id = '" + mira + "'"));
    }

    /** Nothing anyone wrote of the seeded case ({@code words}) or the request ({@code about}) is in the file. */
    private static void assertNoWords(String file, String words, String... more) {
        for (String written : List.of("Permohonan: " + words, "Pesan: " + words, "Catatan: " + words, "Rujukan: " + words,
                "Pengamatan: " + words, "Hasil: " + words)) {
            assertFalse(file.contains(written), written + " in " + file);
        }
        for (String written : more) {
            assertFalse(file.contains(written), written + " in " + file);
        }
    }

    private static String pdfText(HttpResponse<byte[]> pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The admin asks the counselor labelled {@code counselor} in the form's choice to co-sign, for this reason. */
    private static HttpResponse<String> askCosign(Http admin, long student, String counselor, String reason) {
        HttpResponse<String> page = admin.get("/admin/student-data?id=" + student);
        return askCosign(admin, student, Long.parseLong(FacesForm.optionValue(page, "cosign:counselor", counselor)), reason, page);
    }

    private static HttpResponse<String> askCosign(Http admin, long student, long counselorId, String reason) {
        return askCosign(admin, student, counselorId, reason, admin.get("/admin/student-data?id=" + student));
    }

    private static HttpResponse<String> askCosign(Http admin, long student, long counselorId, String reason, HttpResponse<String> page) {
        return FacesForm.submit(admin, "/admin/student-data", page, "cosign", "cosign:ask",
                Map.of("q", "", "id", Long.toString(student), "cosign:counselor", Long.toString(counselorId), "cosign:reason", reason));
    }

    private static HttpResponse<String> delete(Http admin, String address, long student, String confirmation) {
        return FacesForm.submit(admin, "/admin/student-data", admin.get(address), "erase", "erase:delete",
                Map.of("q", address.substring(address.indexOf("q=") + 2, address.indexOf('&')), "id", Long.toString(student),
                        "erase:confirmation", confirmation));
    }

    private static void assertRows(StudentSeed seed, SeededCase seeded, long expected) throws SQLException {
        for (Map.Entry<String, Long> row : seeded.rows().entrySet()) {
            assertEquals(expected, seed.exists(row.getKey(), row.getValue()), row.getKey() + " of student " + seeded.student());
        }
    }

    private static String local(Instant at) {
        return URLEncoder.encode(LocalDateTime.ofInstant(at, JAKARTA).toString().substring(0, 16), StandardCharsets.UTF_8);
    }
}
