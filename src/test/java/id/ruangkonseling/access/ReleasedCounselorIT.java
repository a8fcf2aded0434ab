package id.ruangkonseling.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.HtmlPage;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A counselor the school admin released keeps the session they had, and with it the counselor role of
 * that launch; the data is checked against the school's word, not the session's: their appointments, the
 * calendar files and the case are gone for them, answered as made-up ids are.
 */
@ExtendWith(SharedServer.class)
class ReleasedCounselorIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();

    @Test
    void aReleasedCounselorsSessionNoLongerReachesTheirAppointmentsOrCases(PayaraMicro tool, DataSource database,
                                                                           TestPlatform school) {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        Http student = people.student("rel-dewi", "Dewi Lestari");
        SchoolPeople.ask(student, "PERSONAL", "SOON", "Saya cemas menjelang ujian.");
        Http counselor = people.counselor("rel-bk", "Bu Lepas");
        SchoolPeople.takeFirst(counselor);
        long caseId = Long.parseLong(HtmlPage.find(counselor.get("/counselor/").body(), "/counselor/case\\?id=(\\d+)"));
        String casePage = "/counselor/case?id=" + caseId;
        HttpResponse<String> note = FacesForm.submit(counselor, casePage, counselor.get(casePage), "note", "note:write",
                Map.of("note:heldOn", TODAY, "note:mode", "FACE_TO_FACE", "note:summary", "Cemas ujian.", "note:followUpOn", TODAY));
        assertEquals(302, note.statusCode(), note.body());
        assertTrue(counselor.get("/counselor/").body().contains("Tindak lanjut yang jatuh tempo"), "the follow-up is due today");
        CounselingSchool.publishSoon(counselor);
        long appointment = CounselingSchool.bookFirst(student);
        String calendar = "/counselor/appointment.ics?id=";
        assertEquals(200, counselor.get(calendar + appointment).statusCode(), "while a counselor, theirs to download");
        assertTrue(counselor.get("/counselor/availability").body().contains("Dewi Lestari"));

        Http admin = people.signIn("rel-kepala", "Bu Kepala", TestPlatform.ADMINISTRATOR);
        HttpResponse<String> released = FacesForm.submit(admin, "/admin/counselors", admin.get("/admin/counselors?q=Bu+Lepas"),
                "people", "people:table:0:release", Map.of("q", "Bu Lepas"));
        assertEquals(302, released.statusCode(), released.body());

        HttpResponse<String> theirs = counselor.get(calendar + appointment);
        HttpResponse<String> madeUp = counselor.get(calendar + 987_654_321_000L);
        assertEquals(404, theirs.statusCode());
        assertEquals(Refusals.normalized(madeUp), Refusals.normalized(theirs), "refused as a made-up id is");
        assertFalse(counselor.get("/counselor/availability").body().contains("Dewi Lestari"), "the appointment is not listed");
        String desk = counselor.get("/counselor/").body();
        assertFalse(desk.contains("/counselor/case?id="), "no case on the desk");
        assertFalse(desk.contains("Tindak lanjut yang jatuh tempo"), "no follow-up of a case no longer theirs");
        assertEquals(200, student.get("/student/appointment.ics?id=" + appointment).statusCode(), "the student keeps hers");
    }
}
