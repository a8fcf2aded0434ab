package id.ruangkonseling.counseling;

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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The desk's one queue of requests and referrals: counts per status, the most urgent first, and
 * filters by status, service field, urgency and course that narrow it down — without ever showing
 * what anyone wrote.
 */
@ExtendWith(SharedServer.class)
class DeskQueueIT {

    private SchoolPeople people;
    private TestPlatform school;
    private DataSource database;

    @BeforeEach
    void school(PayaraMicro tool, DataSource database, TestPlatform school) {
        this.people = new SchoolPeople(tool, database, school);
        this.school = school;
        this.database = database;
    }

    @Test
    void theQueueCountsOrdersAndFiltersRequestsAndReferrals() {
        SchoolPeople.ask(people.signIn("dq-ani", "Ani Pelan", TestPlatform.LEARNER, school.fromCourseWithoutRoster("30", "Seni Budaya XI")),
                "CAREER", "CAN_WAIT", "Bingung memilih jurusan.");
        SchoolPeople.ask(people.student("dq-eko", "Eko Gawat"), "PERSONAL", "NOW", "Saya tidak aman di rumah.");
        people.referBudi("dq-guru", "Bu Wali", "Sering melamun", "Tertidur tiga kali");

        Http counselor = people.counselor("dq-bk", "Bu Konselor");
        HttpResponse<String> desk = counselor.get("/counselor/");
        String body = desk.body();
        assertTrue(body.contains("menunggu: <strong>3</strong>"), body);
        assertTrue(body.indexOf("Eko Gawat") < body.indexOf("Ani Pelan"), "the urgent request comes first");
        assertTrue(body.contains("Budi Santoso") && body.contains("Rujukan dari guru · Matematika XI"), body);
        assertFalse(body.contains("tidak aman di rumah") || body.contains("Sering melamun"), "the queue never shows texts");

        String career = filter(counselor, desk, Map.of("filter:status", "WAITING", "filter:field", "CAREER")).body();
        assertTrue(career.contains("Ani Pelan") && !career.contains("Eko Gawat") && !career.contains("Budi Santoso"), career);

        String fromCourse = filter(counselor, desk, Map.of("filter:status", "WAITING",
                "filter:course", FacesForm.optionValue(desk, "filter:course", "Matematika XI"))).body();
        assertTrue(fromCourse.contains("Budi Santoso") && fromCourse.contains("Eko Gawat") && !fromCourse.contains("Ani Pelan"),
                "the course's referral and the requests of its learners, not of another course's: " + fromCourse);

        String old = filter(counselor, desk, Map.of("filter:status", "WAITING", "filter:older", "3")).body();
        assertTrue(old.contains("Tidak ada yang cocok dengan saringan ini"), "nothing has waited three days yet: " + old);

        HttpResponse<String> notANumber = filter(counselor, desk, Map.of("filter:older", "tiga"));
        assertTrue(notANumber.body().contains("Tulis jumlah hari sebagai angka"), notANumber.body());
        assertTrue(notANumber.body().contains("value=\"tiga\""), "what the counselor typed stays");

        SchoolPeople.takeFirst(counselor);
        HttpResponse<String> after = counselor.get("/counselor/");
        assertTrue(after.body().contains("menunggu: <strong>2</strong>") && after.body().contains("ditangani: <strong>1</strong>"),
                after.body());
        String taken = filter(counselor, after, Map.of("filter:status", "TAKEN")).body();
        assertTrue(taken.contains("Eko Gawat") && !taken.contains("Ani Pelan"), "the urgent one was taken first: " + taken);
    }

    @Test
    void aButtonTakesUpTheRequestItsRowShowedEvenWhenTheQueueChangedMeanwhile() {
        SchoolPeople.ask(people.student("dq-first", "Fajar Dulu"), "PERSONAL", "NOW", "Butuh bicara.");
        SchoolPeople.ask(people.student("dq-second", "Gita Nanti"), "LEARNING", "CAN_WAIT", "Nilai turun.");
        Http slow = people.counselor("dq-lambat", "Pak Lambat");
        Http quick = people.counselor("dq-cepat", "Bu Cepat");
        HttpResponse<String> stale = slow.get("/counselor/");
        assertTrue(stale.body().indexOf("Fajar Dulu") < stale.body().indexOf("Gita Nanti"), stale.body());

        SchoolPeople.takeFirst(quick);
        assertEquals(302, FacesForm.submit(slow, "/counselor/", stale, "desk", "desk:queue:0:take", Map.of()).statusCode());

        String after = slow.get("/counselor/").body();
        assertTrue(after.contains("sudah tidak menunggu"), "Fajar's request was no longer waiting: " + after);
        assertTrue(after.contains("Gita Nanti") && after.contains("menunggu: <strong>1</strong>"),
                "Gita's request, on the next row, was not taken instead: " + after);
    }

    @Test
    void aRequestIsAssignedToAColleagueWhoseMessageTheStudentSeesAsNew(PayaraMicro tool) {
        Http student = people.student("dq-tari", "Tari Titip");
        SchoolPeople.ask(student, "SOCIAL", "SOON", "Diejek di grup kelas.");
        Http triage = people.counselor("dq-triase", "Bu Triase");
        Http colleague = people.counselor("dq-rekan", "Pak Rekan");
        HttpResponse<String> desk = triage.get("/counselor/");
        HttpResponse<String> none = FacesForm.submit(triage, "/counselor/", desk, "desk", "desk:queue:0:assign", Map.of());
        assertTrue(none.body().contains("Pilih guru BK yang akan menerima"), "assigning needs a colleague: " + none.body());

        assertEquals(302, FacesForm.submit(triage, "/counselor/", desk, "desk", "desk:queue:0:assign",
                Map.of("desk:queue:0:to", FacesForm.optionValue(desk, "desk:queue:0:to", "Pak Rekan"))).statusCode());
        assertTrue(triage.get("/counselor/").body().contains("sudah diserahkan"));
        assertFalse(triage.get("/counselor/").body().contains("/counselor/case?id="), "not the assigner's case");
        String theirs = colleague.get("/counselor/").body();
        assertTrue(theirs.contains("Tari Titip") && theirs.contains("/counselor/case?id="), "the colleague's case now: " + theirs);

        long conversation = Long.parseLong(HtmlPage.find(theirs, "/counselor/conversation\\?id=(\\d+)"));
        assertEquals(201, colleague.postJson("/api/conversations/" + conversation + "/messages",
                "{\"clientId\":\"dq-1\",\"body\":\"Halo Tari, aku Pak Rekan.\"}",
                "Origin", tool.uri("").toString().replaceAll("/$", "")).statusCode());
        assertTrue(student.get("/student/").body().contains("1 pesan baru"), "the student sees one unread message");
    }

    @Test
    void aCounselorTheSchoolReleasedTakesNothingUpWithTheSessionTheyStillHave() throws SQLException {
        SchoolPeople.ask(people.student("dq-umi", "Umi Tunggu"), "CAREER", "SOON", "Bingung jurusan.");
        Http released = people.counselor("dq-lepas", "Pak Lepas");
        HttpResponse<String> desk = released.get("/counselor/");
        try (Connection connection = database.getConnection();
             PreparedStatement release = connection.prepareStatement("UPDATE school_member SET counselor = FALSE"
                     + " WHERE subject = ? AND school_id = (SELECT id FROM school WHERE issuer = ?)")) {
            release.setString(1, "dq-lepas");
            release.setString(2, school.issuer());
            assertEquals(1, release.executeUpdate());
        }
        assertEquals(404, FacesForm.submit(released, "/counselor/", desk, "desk", "desk:queue:0:take", Map.of()).statusCode(),
                "a role the school took away is answered as not found, as any id that is not theirs");
        assertEquals(404, released.get("/counselor/").statusCode(), "the desk is no longer theirs");
        String stillWaiting = people.counselor("dq-tetap", "Bu Tetap").get("/counselor/").body();
        assertTrue(stillWaiting.contains("Umi Tunggu") && stillWaiting.contains("menunggu: <strong>1</strong>"), stillWaiting);
    }

    @Test
    void aCrisisCountsAsNowUnderTheUrgencyFilterAndTagsTheReferralTakenUpIntoItsCase(PayaraMicro tool) {
        Http budi = people.student("s-2", "Budi Santoso"); // the roster's Budi, as himself
        people.referBudi("dq-krisis-guru", "Bu Wali", "Sering melamun", "Tertidur tiga kali"); // the teacher chose "soon"
        Http counselor = people.counselor("dq-krisis-bk", "Bu Krisis");
        SchoolPeople.takeFirst(counselor);
        long conversation = Long.parseLong(HtmlPage.find(counselor.get("/counselor/").body(),
                "/counselor/conversation\\?id=(\\d+)"));
        assertEquals(201, budi.postJson("/api/conversations/" + conversation + "/messages",
                "{\"clientId\":\"dq-k-1\",\"body\":\"Aku pengen mati aja.\"}",
                "Origin", tool.uri("").toString().replaceAll("/$", "")).statusCode(), "his words escalate the referral's case");
        SchoolPeople.ask(people.student("dq-krisis-ani", "Ani Segera"), "LEARNING", "NOW", "Nilai turun drastis.");
        SchoolPeople.ask(people.student("dq-krisis-sari", "Sari Krisis"), "PERSONAL", "SOON", "Aku pengen mati aja, udah gak kuat.");
        SchoolPeople.ask(people.student("dq-krisis-tono", "Tono Biasa"), "SOCIAL", "SOON", "Diejek di grup kelas.");
        HttpResponse<String> desk = counselor.get("/counselor/");

        List<String> everything = rows(filter(counselor, desk, Map.of()).body());
        assertTrue(everything.get(0).contains("Budi Santoso") && everything.get(0).contains("rk-crisis-tag")
                && everything.get(0).contains("Rujukan dari guru"), "the referral in crisis is tagged and first: " + everything);
        assertTrue(everything.get(1).contains("Sari Krisis") && everything.get(1).contains("rk-crisis-tag"), everything.toString());
        assertTrue(everything.get(2).contains("Ani Segera") && !everything.get(2).contains("rk-crisis-tag"), everything.toString());

        String now = String.join("", rows(filter(counselor, desk, Map.of("filter:urgency", "NOW")).body()));
        assertTrue(now.contains("Budi Santoso") && now.contains("Sari Krisis") && now.contains("Ani Segera"),
                "under now: the crises, whatever was chosen, and what was chosen as now: " + now);
        assertFalse(now.contains("Tono Biasa"), now);
        String soon = String.join("", rows(filter(counselor, desk, Map.of("filter:urgency", "SOON")).body()));
        assertTrue(soon.contains("Tono Biasa"), soon);
        assertFalse(soon.contains("Sari Krisis") || soon.contains("Budi Santoso"), "a crisis is not filed under soon: " + soon);
    }

    /** The rows of the desk's queue, top to bottom. */
    private static List<String> rows(String desk) {
        Matcher row = Pattern.compile("(?s)<tr[^>]*data-ri=\"\\d+\"[^>]*>.*?</tr>")
                .matcher(desk.substring(desk.indexOf("id=\"desk:queue\"")));
        List<String> rows = new ArrayList<>();
        while (row.find()) {
            rows.add(row.group());
        }
        return rows;
    }

    /** The filter form as a browser posts it: every field, the ones not given left at "all". */
    private static HttpResponse<String> filter(Http counselor, HttpResponse<String> desk, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(Map.of("filter:status", "", "filter:field", "", "filter:urgency", "",
                "filter:course", "", "filter:older", ""));
        form.putAll(fields);
        return FacesForm.submit(counselor, "/counselor/", desk, "filter", "filter:apply", form);
    }
}
