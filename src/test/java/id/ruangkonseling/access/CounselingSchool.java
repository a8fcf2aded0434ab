package id.ruangkonseling.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.HtmlPage;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A school's counseling made through the real flows, for the access tests: Dewi (the owner) asked, her
 * counselor took it up, wrote a note, they chatted and she booked an appointment; a teacher referred Budi
 * and the same counselor took that up. Around them: another student, another teacher, another counselor
 * and the admin of the school, a counselor and an admin of another school, and a visitor without a session.
 */
public final class CounselingSchool {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Words only Dewi's request, note and messages hold: where they show, her data shows. */
    static final String DEWI_WORDS = "Rahasia-Dewi-cemas-ujian";
    static final String NOTE_WORDS = "Catatan-Dewi-napas-pagi";
    static final String MESSAGE_WORDS = "Pesan-Dewi-halo-bu";
    static final String REFERRAL_WORDS = "Rujukan-Budi-melamun";

    final PayaraMicro tool;
    final DataSource database;
    final Http owner;
    final Http otherStudent;
    final Http referringTeacher;
    final Http otherTeacher;
    final Http caseCounselor;
    final Http schoolCounselor;
    final Http schoolAdmin;
    final Http foreignCounselor;
    final Http foreignAdmin;
    final Http noSession;
    final long request;
    /** Dewi's member id, as the school admin's export of her file names her. */
    final long ownerId;
    final long caseId;
    final long conversation;
    final long appointment;
    final long referral;
    final long referralCase;

    private final String prefix;

    CounselingSchool(PayaraMicro tool, DataSource database, TestPlatform school, TestPlatform otherSchool, String prefix) {
        this.tool = tool;
        this.database = database;
        this.prefix = prefix;
        SchoolPeople people = new SchoolPeople(tool, database, school);
        SchoolPeople foreign = new SchoolPeople(tool, database, otherSchool);

        owner = people.student(prefix + "-dewi", "Dewi Lestari");
        SchoolPeople.ask(owner, "PERSONAL", "NOW", DEWI_WORDS + " dan sulit tidur.");
        caseCounselor = people.counselor(prefix + "-bk", "Bu Ratna");
        SchoolPeople.takeFirst(caseCounselor);
        request = number("SELECT r.id FROM counseling_request r JOIN school_member m ON m.id = r.student_id WHERE m.subject = ?",
                prefix + "-dewi");
        ownerId = number("SELECT student_id FROM counseling_request WHERE id = ?", request);
        caseId = number("SELECT counseling_case_id FROM counseling_request WHERE id = ?", request);
        conversation = number("SELECT c.id FROM conversation c WHERE c.case_id = ?", caseId);
        writeNote(caseCounselor, caseId, NOTE_WORDS);
        assertEquals(201, send(owner, conversation, "dewi-1", MESSAGE_WORDS).statusCode());
        assertEquals(201, send(caseCounselor, conversation, "bk-1", "Halo, Dewi.").statusCode());
        publishSoon(caseCounselor);
        appointment = bookFirst(owner);

        people.referBudi(prefix + "-guru", "Pak Wali", REFERRAL_WORDS, "Tiga kali tertidur minggu ini");
        referringTeacher = people.signIn(prefix + "-guru", "Pak Wali", TestPlatform.INSTRUCTOR);
        SchoolPeople.takeFirst(caseCounselor);
        referral = number("SELECT r.id FROM referral r JOIN school_member m ON m.id = r.teacher_id WHERE m.subject = ?",
                prefix + "-guru");
        referralCase = number("SELECT case_id FROM referral WHERE id = ?", referral);

        otherStudent = people.student(prefix + "-andi", "Andi Pratama");
        otherTeacher = people.signIn(prefix + "-guru2", "Bu Guru Lain", TestPlatform.INSTRUCTOR);
        schoolCounselor = people.counselor(prefix + "-bk2", "Pak Rekan");
        schoolAdmin = people.signIn(prefix + "-kepala", "Bu Kepala", TestPlatform.ADMINISTRATOR);
        foreignCounselor = foreign.counselor(prefix + "-asing-bk", "Pak Asing");
        foreignAdmin = foreign.signIn(prefix + "-asing-kepala", "Bu Asing", TestPlatform.ADMINISTRATOR);
        noSession = new Http(tool);
    }

    /** The origin the service's own pages post from. */
    String[] origin() {
        return new String[] {"Origin", tool.uri("").toString().replaceAll("/$", "")};
    }

    HttpResponse<String> send(Http who, long conversationId, String clientId, String body) {
        return who.postJson("/api/conversations/" + conversationId + "/messages",
                "{\"clientId\":\"" + clientId + "\",\"body\":\"" + body + "\"}", origin());
    }

    /** Writes a case note on the case page, as its counselor does. */
    static HttpResponse<String> writeNote(Http counselor, long caseId, String summary) {
        String address = "/counselor/case?id=" + caseId;
        Map<String, String> note = new HashMap<>(Map.of("note:heldOn", LocalDate.now(JAKARTA).toString(),
                "note:mode", "FACE_TO_FACE", "note:summary", summary, "note:plan", "Latihan napas."));
        HttpResponse<String> written = FacesForm.submit(counselor, address, counselor.get(address), "note", "note:write", note);
        assertEquals(302, written.statusCode(), written.body());
        return written;
    }

    /** The counselor publishes a weekly time two hours from now (video). */
    public static void publishSoon(Http counselor) {
        LocalDateTime at = LocalDateTime.now(JAKARTA).plusHours(2).truncatedTo(ChronoUnit.HOURS);
        String page = "/counselor/availability";
        HttpResponse<String> added = FacesForm.submit(counselor, page, counselor.get(page), "slot", "slot:add", Map.of(
                "slot:day", at.getDayOfWeek().name(), "slot:start", String.format("%02d:00", at.getHour()),
                "slot:length", "30", "slot:modes", "VIDEO"));
        assertEquals(302, added.statusCode(), added.body());
    }

    /** The student books the first free time shown, by video; answers the appointment's id. */
    public static long bookFirst(Http student) {
        HttpResponse<String> page = student.get("/student/appointments");
        Matcher choice = Pattern.compile("<option value=\"(\\d+@\\d+~VIDEO)\"").matcher(page.body());
        assertTrue(choice.find(), page.body());
        HttpResponse<String> booked = FacesForm.submit(student, "/student/appointments", page, "days:0:times:0:time",
                "days:0:times:0:time:book", Map.of("choice", choice.group(1)));
        assertEquals(302, booked.statusCode(), booked.body());
        return Long.parseLong(HtmlPage.find(student.get("/student/appointments").body(), "appointment\\.ics\\?id=(\\d+)"));
    }

    /** The first number {@code sql} selects with these parameters; fails when it selects none. */
    long number(String sql, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), sql);
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The LMS id this school's people were given: {@code who} is the part after the prefix ("dewi"). */
    String subject(String who) {
        return prefix + "-" + who;
    }
}
