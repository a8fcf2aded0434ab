package id.ruangkonseling.reports;

import static id.ruangkonseling.testing.TestPlatform.ADMINISTRATOR;
import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service reports over a school's September and October (school time, WIB): two counselors, four fields,
 * known counts. A counselor sees exactly their own figures on the page, in the CSV and in the PDF; the admin the
 * school's with 1–4 written "< 5"; a teacher or student finds nothing; no name and no written word leaves.
 */
@ExtendWith(SharedServer.class)
class ReportsIT {

    private static final String PERIOD = "?from=2026-09-01&to=2026-10-31";
    private static final String FIGURES = "period,field,requests,referrals,cases_opened,cases_closed,sessions,crisis_escalations,"
            + "taken_up,missed,follow_ups_due,follow_ups_done";

    private PayaraMicro tool;
    private DataSource database;
    TestPlatform school;
    private SchoolPeople people;
    private Http ani;
    private Http budi;

    @BeforeEach
    void school(PayaraMicro tool, DataSource database, TestPlatform school) throws SQLException {
        this.tool = tool;
        this.database = database;
        this.school = school;
        this.people = new SchoolPeople(tool, database, school);
        ani = people.counselor("rp-ani", "Bu Ani Konselor");
        budi = people.counselor("rp-budi", "Pak Budi Konselor");
        people.signIn("rp-guru", "Pak Guru Wali", INSTRUCTOR);
        seed();
    }

    private void seed() throws SQLException {
        long schoolId = id("SELECT id FROM school WHERE issuer = '" + school.issuer() + "'");
        new ReportSeed(database, schoolId, member(schoolId, "rp-guru")).story(member(schoolId, "rp-ani"), member(schoolId, "rp-budi"));
    }

    @Test
    void aCounselorSeesExactlyTheirOwnFiguresOnThePageInTheCsvAndInThePdf() throws SQLException {
        String page = ani.get("/counselor/reports" + PERIOD).body();
        assertEquals(List.of("5", "0", "5", "1", "3", "1", "5", "1", "1", "1"), row(page, "summary", "pribadi"));
        assertEquals(List.of("2", "0", "2", "0", "0", "0", "2", "0", "0", "0"), row(page, "summary", "sosial"));
        assertEquals(List.of("0", "3", "0", "0", "0", "0", "3", "0", "0", "0"), row(page, "summary", "belajar"));
        assertEquals(List.of("1", "0", "1", "0", "0", "0", "1", "0", "0", "0"), row(page, "summary", "karier"), "Budi's four are his");
        assertEquals(List.of("8", "3", "8", "1", "3", "1", "11", "1", "1", "1"), row(page, "summary", "Jumlah"));
        assertEquals(List.of("3", "0", "0", "0"), row(page, "sessions", "September 2026"), "the sessions chart's table");
        assertEquals(List.of("6", "75 %"), row(page, "modes", "percakapan langsung (chat)"));
        assertEquals(List.of("8", "1 jam 0 menit", "1 jam 0 menit"), row(page, "times", "Dari permohonan sampai jawaban guru BK (diterima atau ditolak)"));
        assertEquals(List.of("1", "20 menit", "20 menit"), row(page, "times", "Dari peringatan krisis sampai dilihat guru BK"));
        assertEquals(List.of("4", "0", "4", "0", "0", "0", "4", "0", "0", "0"), row(budi.get("/counselor/reports" + PERIOD).body(), "summary", "karier"));

        HttpResponse<byte[]> csv = ani.download("/counselor/reports.csv" + PERIOD);
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv; charset=UTF-8", csv.headers().firstValue("Content-Type").orElse("").replace("utf", "UTF"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv.body(), 3));
        List<String> lines = List.of(new String(csv.body(), StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertEquals(List.of(FIGURES,
                "2026-09,pribadi,5,0,5,0,3,1,5,1,1,1",
                "2026-09,sosial,2,0,2,0,0,0,2,0,0,0",
                "2026-09,belajar,0,0,0,0,0,0,0,0,0,0",
                "2026-09,karier,0,0,0,0,0,0,0,0,0,0",
                "2026-10,pribadi,0,0,0,1,0,0,0,0,0,0",
                "2026-10,sosial,0,0,0,0,0,0,0,0,0,0",
                "2026-10,belajar,0,3,0,0,0,0,3,0,0,0",
                "2026-10,karier,1,0,1,0,0,0,1,0,0,0"), lines);

        String pdf = pdfText(ani.download("/counselor/reports.pdf" + PERIOD));
        assertTrue(pdf.contains("Laporan Pelaksanaan Layanan Bimbingan dan Konseling") && pdf.contains("Guru BK: Bu Ani Konselor")
                && pdf.contains("1 September 2026 – 31 Oktober 2026") && pdf.contains("pribadi 5 0 5 1 3 1 5 1 1 1")
                && pdf.contains("September 2026") && pdf.contains("karier 1 0 1 0 0 0 1 0 0 0"), pdf);
        assertNoContent(String.join("\n", lines) + pdf + page);
        assertEquals(2, id("SELECT COUNT(*) FROM audit_entry WHERE action = 'REPORT_EXPORTED' AND actor_id = "
                + member(id("SELECT id FROM school WHERE issuer = '" + school.issuer() + "'"), "rp-ani")), "each download is audited");
    }

    @Test
    void theAdminSeesTheSchoolsFiguresWithEveryCountFromOneToFourWrittenLessThanFive() throws SQLException {
        Http admin = people.signIn("rp-admin", "Bu Kepala", ADMINISTRATOR);
        String page = admin.get("/admin/reports" + PERIOD).body();
        assertEquals(List.of("5", "0", "5", "< 5", "< 5", "< 5", "5", "< 5", "< 5", "< 5"), row(page, "summary", "pribadi"));
        assertEquals(List.of("< 5", "< 5", "0", "0", "0", "0", "< 5", "0", "0", "0"), row(page, "summary", "belajar"));
        assertEquals(List.of("5", "0", "5", "0", "0", "0", "5", "0", "0", "0"), row(page, "summary", "karier"), "4 + 1 across the months");
        assertEquals(List.of("8", "< 5", "8", "< 5", "< 5", "< 5", "11", "< 5", "< 5", "< 5"), row(page, "counselors", "Guru BK 1"));
        assertEquals(List.of("5", "0", "5", "0", "0", "0", "5", "0", "0", "0"), row(page, "counselors", "Guru BK 2"));
        assertEquals(List.of("< 5"), row(page, "courses", "Kelas XI IPA 2"));

        List<String> lines = List.of(new String(admin.download("/admin/reports.csv" + PERIOD).body(), StandardCharsets.UTF_8).split("\r\n"));
        assertTrue(lines.contains("2026-09,karier,<5,0,<5,0,0,0,<5,0,0,0") && lines.contains("2026-09,pribadi,5,0,5,0,<5,<5,5,<5,<5,<5")
                && lines.contains("2026-10,belajar,0,<5,0,0,0,0,<5,0,0,0"), String.join("\n", lines));
        String pdf = pdfText(admin.download("/admin/reports.pdf" + PERIOD));
        assertTrue(pdf.contains("Seluruh sekolah") && pdf.contains("karier 5 0 5 0 0 0 5 0 0 0")
                && pdf.contains("pribadi 5 0 5 < 5 < 5 < 5 5 < 5 < 5 < 5") && pdf.contains("Guru BK 2 5 0 5"), pdf);
        assertNoContent(String.join("\n", lines) + pdf + page);
        assertFalse(page.contains("Bu Ani") || pdf.contains("Pak Budi"), "counselors are numbered, never named");
    }

    @Test
    void aTeacherAndAStudentFindNoReportJustAsTheyFindNoPageThatDoesNotExist() {
        Http teacher = people.signIn("rp-guru", "Pak Guru Wali", INSTRUCTOR);
        Http student = people.student("rp-siswa", "Siswa Kenari");
        for (Http someone : List.of(teacher, student)) {
            String missing = normalized(someone.get("/counselor/no-such-report"));
            for (String path : List.of("/counselor/reports", "/counselor/reports.csv" + PERIOD, "/counselor/reports.pdf" + PERIOD)) {
                assertEquals(missing, normalized(someone.get(path)), path);
            }
            String missingAdmin = normalized(someone.get("/admin/no-such-report"));
            for (String path : List.of("/admin/reports", "/admin/reports.csv" + PERIOD, "/admin/reports.pdf" + PERIOD)) {
                assertEquals(missingAdmin, normalized(someone.get(path)), path);
            }
        }
        assertEquals(normalized(ani.get("/admin/no-such-report")), normalized(ani.get("/admin/reports.csv" + PERIOD)),
                "a counselor gets no school report");
    }

    @Test
    void daysThatDoNotMakeAPeriodAreAClearRefusalInThePersonsLanguage() {
        HttpResponse<String> reversed = ani.get("/counselor/reports.csv?from=2026-10-31&to=2026-09-01");
        assertEquals(400, reversed.statusCode());
        assertTrue(reversed.body().startsWith("Tulis tanggal awal dan akhir sebagai TTTT-BB-HH"), reversed.body());
        ani.get("/language?to=en&back=/");
        HttpResponse<String> missing = ani.get("/counselor/reports.pdf");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().startsWith("Write the first and last day as YYYY-MM-DD"), missing.body());
        String page = ani.get("/counselor/reports?from=2026-13-01&to=2026-10-31").body();
        assertTrue(page.contains("id=\"period-error\"") && page.contains("value=\"2026-13-01\""), page);
    }

    private static void assertNoContent(String shown) {
        assertFalse(shown.contains(ReportSeed.CANARY) || shown.contains("Siti Kenari") || shown.contains("Pak Guru Wali"), shown);
    }

    /** A table row's cells after its header cell, as the page writes them (entities read back). */
    private static List<String> row(String page, String table, String header) {
        Matcher tableHtml = Pattern.compile("<table id=\"" + table + "\".*?</table>", Pattern.DOTALL).matcher(page);
        assertTrue(tableHtml.find(), "table " + table + " in " + page);
        Matcher row = Pattern.compile("<th scope=\"row\">" + Pattern.quote(header) + "</th>(.*?)</tr>", Pattern.DOTALL)
                .matcher(tableHtml.group());
        assertTrue(row.find(), header + " in " + tableHtml.group());
        return Pattern.compile("<td>(.*?)</td>").matcher(row.group(1)).results()
                .map(cell -> cell.group(1).replace("&lt;", "<").replace("&nbsp;", " ").strip()).toList();
    }

    /** Status and body without what differs per answer (as the access tests compare refusals), nor the page's own address. */
    private static String normalized(HttpResponse<String> answer) {
        return answer.statusCode() + "\n" + answer.body().replaceAll("nonce=\"[^\"]*\"|csp\\.init\\('[^']*'\\)"
                + "|ViewState:\\d+\" value=\"[^\"]*\"|j_idt\\d+|jsessionid=[^\"&;]*|back=[^\"]*", "");
    }

    private static String pdfText(HttpResponse<byte[]> pdf) {
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long member(long schoolId, String subject) throws SQLException {
        return id("SELECT id FROM school_member WHERE school_id = " + schoolId + " AND subject = '" + subject + "'");
    }

    private long id(String sql) throws SQLException {
        return ReportSeed.single(database, sql);
    }
}
