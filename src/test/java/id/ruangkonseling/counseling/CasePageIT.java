package id.ruangkonseling.counseling;

import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.HtmlPage;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.TestPlatform;
import id.ruangkonseling.testing.SharedServer;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case page: its counselor reads the whole story (the student's words, the teacher's referral, the
 * notes, every status change), writes structured private notes, closes, reopens and hands the case over.
 * Nobody else finds it: another counselor, another school and a made-up id all get the same 404.
 */
@ExtendWith(SharedServer.class)
class CasePageIT {

    private static final Pattern PER_ANSWER = Pattern.compile("nonce=\"[^\"]*\"|csp\\.init\\('[^']*'\\)|ViewState:0\" value=\"[^\"]*\"");
    private static final Pattern CASE_LINK = Pattern.compile("/counselor/case\\?id=(\\d+)");
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();

    private DataSource database;
    private SchoolPeople people;
    private SchoolPeople otherSchool;

    @BeforeEach
    void schools(PayaraMicro tool, DataSource database, TestPlatform school, TestPlatform neighbour) {
        this.database = database;
        this.people = new SchoolPeople(tool, database, school);
        this.otherSchool = new SchoolPeople(tool, database, neighbour);
    }

    @Test
    void theCounselorReadsTheWholeCaseAndEveryReadIsAudited() throws SQLException {
        people.referBudi("cp-guru", "Bu Wali", "Sering melamun di kelas", "Tiga kali tertidur minggu ini");
        Http counselor = people.counselor("cp-bk", "Bu Konselor");
        SchoolPeople.takeFirst(counselor);
        long caseId = caseIdOn(counselor.get("/counselor/").body());

        String casePage = counselor.get("/counselor/case?id=" + caseId).body();
        assertTrue(casePage.contains("Budi Santoso") && casePage.contains("Rujukan guru") && casePage.contains("Sering melamun di kelas")
                && casePage.contains("Tiga kali tertidur minggu ini") && casePage.contains("Matematika XI"), casePage);
        assertTrue(casePage.contains("id=\"chat\""), "the case's conversation is on its page");
        assertEquals(1, reads(caseId), "the read is in the audit trail, once");
        assertTrue(casePage.contains("Kasus dibaca"), "the case's own trail shows the read");
    }

    @Test
    void aNoteIsStructuredCheckedAndItsFollowUpShowsOnTheDesk() {
        Http counselor = caseOfDewi("cp-note");
        long caseId = caseIdOn(counselor.get("/counselor/").body());
        String address = "/counselor/case?id=" + caseId;

        HttpResponse<String> empty = writeNote(counselor, address, Map.of("note:summary", " ", "note:plan", "Latihan napas tiap pagi"));
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("Catatan belum tersimpan") && empty.body().contains("Tuliskan ringkasan sesi"), empty.body());
        assertTrue(empty.body().contains("Latihan napas tiap pagi"), "what the counselor typed is still there");

        HttpResponse<String> backwards = writeNote(counselor, address, Map.of("note:summary", "Cemas ujian.",
                "note:followUpOn", LocalDate.parse(TODAY).minusDays(3).toString()));
        assertTrue(backwards.body().contains("tidak boleh sebelum tanggal sesi"), backwards.body());

        HttpResponse<String> notADate = writeNote(counselor, address, Map.of("note:summary", "Cemas ujian.", "note:heldOn", "kemarin"));
        assertTrue(notADate.body().contains("tanggal/bulan/tahun"), notADate.body());

        assertEquals(302, writeNote(counselor, address, Map.of("note:summary", "Cemas menjelang ujian; tidur 4 jam.",
                "note:plan", "Latihan napas; jadwal belajar bersama.", "note:followUpOn", TODAY)).statusCode());
        String written = counselor.get(address).body();
        assertTrue(written.contains("Catatan untuk kasus Dewi Lestari tersimpan") && written.contains("Cemas menjelang ujian; tidur 4 jam.")
                && written.contains("Latihan napas; jadwal belajar bersama."), written);
        String desk = counselor.get("/counselor/").body();
        assertTrue(desk.contains("Tindak lanjut yang jatuh tempo") && desk.contains(TODAY), desk);
    }

    @Test
    void aCaseClosesWithAnOutcomeReopensAndIsHandedOver() {
        Http counselor = caseOfDewi("cp-steps");
        Http colleague = people.counselor("cp-steps-rekan", "Pak Rekan");
        long caseId = caseIdOn(counselor.get("/counselor/").body());
        String address = "/counselor/case?id=" + caseId;

        HttpResponse<String> noOutcome = step(counselor, address, "steps:close", Map.of("steps:outcome", ""));
        assertTrue(noOutcome.body().contains("tuliskan hasilnya"), noOutcome.body());
        assertEquals(302, step(counselor, address, "steps:close", Map.of("steps:outcome", "Tidur teratur kembali.")).statusCode());
        String closed = counselor.get(address).body();
        assertTrue(closed.contains("selesai") && closed.contains("Tidur teratur kembali.") && !closed.contains("id=\"note\""), closed);
        assertTrue(counselor.get("/counselor/").body().contains("Kasus yang baru ditutup"));

        assertEquals(302, step(counselor, address, "steps:reopen", Map.of()).statusCode());
        assertTrue(counselor.get(address).body().contains("dibuka kembali"));

        HttpResponse<String> page = counselor.get(address);
        Map<String, String> choice = new HashMap<>(Map.of("handover:colleague", FacesForm.optionValue(page, "handover:colleague", "Pak Rekan")));
        assertEquals(302, FacesForm.submit(counselor, address, page, "handover", "handover:hand-over", choice).statusCode());
        assertEquals(404, counselor.get(address).statusCode(), "the case left the first counselor");
        String theirs = colleague.get(address).body();
        assertTrue(theirs.contains("Dewi Lestari") && theirs.contains("Diserahkan") && theirs.contains("Pak Rekan"), theirs);
        String trail = HtmlPage.find(theirs, "(?s)(<table id=\"trail\".*?</table>)");
        assertTrue(trail.contains("Kasus dibaca"), "their own read is in their trail: " + trail);
        assertFalse(trail.contains("Status kasus berubah") || trail.contains("Kasus diserahkan"),
                "what the first counselor did is the school admin's to read, not the colleague's: " + trail);
    }

    @Test
    void nobodyElseFindsTheCaseAndAllRefusalsLookTheSame() {
        Http counselor = caseOfDewi("cp-alone");
        long caseId = caseIdOn(counselor.get("/counselor/").body());
        String address = "/counselor/case?id=" + caseId;

        HttpResponse<String> missing = people.counselor("cp-alone-rekan", "Bu Lain").get("/counselor/case?id=" + (caseId + 100_000));
        HttpResponse<String> colleagues = people.counselor("cp-alone-rekan2", "Bu Lain 2").get(address);
        HttpResponse<String> foreign = otherSchool.counselor("cp-alone-asing", "Pak Asing").get(address);
        assertEquals(404, missing.statusCode());
        assertEquals(404, colleagues.statusCode());
        assertEquals(404, foreign.statusCode());
        assertEquals(withoutPerAnswerValues(missing.body()), withoutPerAnswerValues(foreign.body()), "another school's case looks like a missing one");
        assertEquals(404, counselor.get("/counselor/case?id=abc").statusCode());
        assertEquals(403, people.signIn("cp-alone-guru", "Pak Guru", INSTRUCTOR).get(address).statusCode());
        assertEquals(403, people.student("cp-alone-dewi-2", "Dewi").get(address).statusCode());
    }

    /** Dewi asks, and a counselor takes her request up: their session, with her case on their desk. */
    private Http caseOfDewi(String prefix) {
        SchoolPeople.ask(people.student(prefix + "-dewi", "Dewi Lestari"), "PERSONAL", "SOON",
                "Saya cemas menjelang ujian dan sulit tidur.");
        Http counselor = people.counselor(prefix + "-bk", "Bu Konselor");
        SchoolPeople.takeFirst(counselor);
        return counselor;
    }

    private static HttpResponse<String> writeNote(Http counselor, String address, Map<String, String> fields) {
        Map<String, String> note = new HashMap<>(Map.of("note:heldOn", TODAY, "note:mode", "FACE_TO_FACE"));
        note.putAll(fields);
        return FacesForm.submit(counselor, address, counselor.get(address), "note", "note:write", note);
    }

    private static HttpResponse<String> step(Http counselor, String address, String button, Map<String, String> fields) {
        return FacesForm.submit(counselor, address, counselor.get(address), "steps", button, fields);
    }

    /** A page as it reads, without the script nonce and view state that differ from one answer to the next. */
    private static String withoutPerAnswerValues(String page) {
        return PER_ANSWER.matcher(page).replaceAll("");
    }

    private static long caseIdOn(String desk) {
        Matcher link = CASE_LINK.matcher(desk);
        assertTrue(link.find(), desk);
        long id = Long.parseLong(link.group(1));
        assertFalse(link.find(), "one open case on this desk");
        return id;
    }

    private long reads(long caseId) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT COUNT(*) FROM audit_entry WHERE action = 'CASE_READ' AND subject_type = 'case' AND subject_id = ?")) {
            query.setString(1, String.valueOf(caseId));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
