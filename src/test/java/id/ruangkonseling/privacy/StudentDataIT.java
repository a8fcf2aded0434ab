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
import java.util.Map;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A school admin answers a student's rights at {@code /admin/student-data} and {@code /admin/breach}:
 * the export holds that student's decrypted words and nothing of another's, as JSON and as a PDF that
 * reads back; deletion takes the student's name and then removes everything; the breach query lists
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
    void theExportHoldsTheStudentsOwnDecryptedWordsAndNothingOfAnother() throws SQLException, IOException {
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
        assertTrue(json.body().contains("Saya cemas menjelang ujian nasional.") && json.body().contains("Catatan: sesi Dewi tentang ujian")
                && json.body().contains("Pesan: sesi Dewi tentang ujian") && json.body().contains("Rujukan: sesi Dewi tentang ujian")
                && json.body().contains("\"name\": \"Dewi Lestari\"") && json.body().contains("REQUEST_SUBMITTED"), json.body());
        assertFalse(json.body().contains("Rahasia Rani") || json.body().contains("Rani Lain"), json.body());

        HttpResponse<byte[]> pdf = admin.download("/admin/student-data/export?id=" + dewi + "&format=pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Saya cemas menjelang ujian nasional.") && text.contains("Dewi Lestari")
                    && text.contains("Catatan konseling") && text.contains("Catatan: sesi Dewi tentang ujian"), text);
            assertFalse(text.contains("Rahasia Rani"), text);
        }
        assertEquals(2, seed.single("SELECT COUNT(*) FROM audit_entry WHERE action = 'DATA_EXPORTED' AND subject_type = 'member'"
                + " AND subject_id = '" + dewi + "'"), "each download is audited");
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
