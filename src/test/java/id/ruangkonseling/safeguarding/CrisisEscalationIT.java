package id.ruangkonseling.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.MailSink;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Crisis words in a student's request (Indonesian) or chat message (English) escalate it: stored all the same,
 * on top of every counselor's desk with a banner, a notice for the counselor on duty, one audit row without the
 * words, and a calm card with the school's help contacts for the student. Everyday words do none of this; a
 * phrase a school admin adds fires from then on, in that school only.
 */
@ExtendWith(SharedServer.class)
class CrisisEscalationIT {

    @Test
    void anIndonesianRequestGoesOnTopOfEveryDeskAndAlertsTheCounselorOnDuty(PayaraMicro tool, DataSource database,
                                                                             TestPlatform school, MailSink mail) throws SQLException {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        String onDutyAddress = MailSink.newAddress("piket");
        String colleagueAddress = MailSink.newAddress("lain");
        Http onDuty = people.counselor("krisis-piket", "Bu Piket", MailSink.emailClaim(onDutyAddress));
        Http colleague = people.counselor("krisis-lain", "Pak Lain", MailSink.emailClaim(colleagueAddress));
        Http admin = people.signIn("krisis-kepala", "Bu Kepala", TestPlatform.ADMINISTRATOR);
        HttpResponse<String> settings = admin.get("/admin/crisis");
        assertTrue(settings.body().contains("Periksa nomor-nomor ini"), "the shipped contacts ask to be verified");
        assertEquals(302, FacesForm.submit(admin, "/admin/crisis", settings, "duty", "duty:save-duty",
                Map.of("duty:onDuty", FacesForm.optionValue(settings, "duty:onDuty", "Bu Piket"))).statusCode());
        assertEquals(302, FacesForm.submit(admin, "/admin/crisis", admin.get("/admin/crisis"), "contacts", "contacts:add-contact",
                Map.of("contacts:contactName", "Guru BK piket", "contacts:contactReach", "WA 0812-0000-1111")).statusCode());

        Http worried = people.student("krisis-ani", "Ani Wulandari");
        SchoolPeople.ask(worried, "LEARNING", "NOW", "Nilai matematikaku jelek dan aku capek banget, mati lampu terus di rumah.");
        assertFalse(worried.get("/student/").body().contains("id=\"help-card\""), "everyday words show no card");
        Http inCrisis = people.student("krisis-budi", "Budi Santoso");
        SchoolPeople.ask(inCrisis, "PERSONAL", "CAN_WAIT", "Aku pengen mati aja, udah gak mau hidup lagi.");
        String home = inCrisis.get("/student/").body();
        assertTrue(home.contains("id=\"help-card\"") && home.contains("Kamu tidak sendirian")
                && home.contains("WA <a href=\"https://wa.me/6281200001111\">0812-0000-1111</a>"), home);

        String desk = colleague.get("/counselor/").body();
        assertTrue(desk.contains("id=\"crisis-banner\"") && desk.contains("rk-crisis-tag"), desk);
        String queue = desk.substring(desk.indexOf("id=\"desk:queue\""));
        assertTrue(queue.indexOf("Budi Santoso") < queue.indexOf("Ani Wulandari"),
                "the crisis goes above a request its student marked more urgent");
        assertFalse(desk.contains("id=\"crisis-notices\""), "only the counselor on duty gets the notice");
        assertFalse(desk.contains("gak mau hidup"), "the desk never shows the words");
        String dutyDesk = onDuty.get("/counselor/").body();
        assertTrue(dutyDesk.contains("id=\"crisis-notices\"") && dutyDesk.contains("Budi Santoso"), dutyDesk);

        long schoolId = schoolId(database, school);
        assertEquals(List.of("REQUEST"), column(database, "SELECT r.crisis_source FROM counseling_request r"
                + " JOIN school_member m ON m.id = r.student_id WHERE r.school_id = ? AND m.display_name = 'Budi Santoso'", schoolId));
        assertEquals(Arrays.asList((String) null), column(database, "SELECT r.crisis_source FROM counseling_request r"
                + " JOIN school_member m ON m.id = r.student_id WHERE r.school_id = ? AND m.display_name = 'Ani Wulandari'", schoolId));
        assertEquals(List.of("request request"), escalations(database, schoolId), "one audit row, the kind of text only");
        List<MailSink.Mail> alerts = mail.await(onDutyAddress, 1);
        assertEquals(1, alerts.size(), "the counselor on duty is mailed");
        assertEquals("Perlu perhatian segera di Ruang Konseling", alerts.getFirst().subject());
        assertFalse(alerts.getFirst().body().contains("Budi") || alerts.getFirst().body().contains("pengen mati"),
                "the e-mail holds neither the student's name nor their words: " + alerts.getFirst().body());
        assertEquals(List.of(), mail.to(colleagueAddress), "a counselor not on duty gets no e-mail");

        SchoolPeople.takeFirst(onDuty);
        String caseLink = onDuty.get("/counselor/").body().replaceAll("(?s).*href=\"[^\"]*(/counselor/case\\?id=\\d+)\".*", "$1");
        String casePage = onDuty.get(caseLink).body();
        assertTrue(casePage.contains("id=\"crisis-banner\"") && casePage.contains("dari permohonan"), casePage);
        assertFalse(onDuty.get("/counselor/").body().contains("id=\"crisis-notices\""), "opening the case took the notice away");
    }

    @Test
    void anEnglishChatMessageEscalatesTheCaseAndTheAnswerCarriesHelp(PayaraMicro tool, DataSource database,
                                                                     TestPlatform school) throws SQLException {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        Http counselor = people.counselor("crisis-bk", "Ms Counselor");
        Http student = people.student("crisis-dewi", "Dewi Lestari");
        HttpResponse<String> asked = student.postJson("/api/requests", """
                {"field":"learning","about":"I need help planning my study schedule.","urgency":"soon","mode":"chat","acknowledged":true}""",
                origin(tool));
        assertEquals(201, asked.statusCode(), asked.body());
        assertNull(json(asked).get("help"), "an everyday request carries no help");
        long conversation = ((Number) json(asked).get("conversationId")).longValue();
        SchoolPeople.takeFirst(counselor);

        HttpResponse<String> everyday = send(tool, student, conversation, "c-1", "This homework is killing me, see you tomorrow.");
        assertEquals(201, everyday.statusCode(), everyday.body());
        assertNull(json(everyday).get("help"), everyday.body());
        HttpResponse<String> quoted = send(tool, counselor, conversation, "c-2", "When you said you want to die, what did you mean?");
        assertNull(json(quoted).get("help"), "a counselor's words escalate nothing");
        long schoolId = schoolId(database, school);
        assertEquals(List.of(), escalations(database, schoolId));

        HttpResponse<String> alarming = send(tool, student, conversation, "c-3", "I don't want to live anymore.");
        assertEquals(201, alarming.statusCode(), "stored all the same: " + alarming.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> help = (Map<String, Object>) json(alarming).get("help");
        assertTrue(help != null && help.get("title").equals("Kamu tidak sendirian")
                && help.get("contacts").toString().contains("112"), alarming.body());
        assertEquals("I don't want to live anymore.", json(alarming).get("body"));
        assertEquals(200, send(tool, student, conversation, "c-3", "I don't want to live anymore.").statusCode(),
                "a retry is the same message");
        assertEquals(201, send(tool, student, conversation, "c-4", "I just want to die.").statusCode());

        assertEquals(List.of("MESSAGE"), column(database, "SELECT crisis_source FROM counseling_case WHERE school_id = ?", schoolId));
        assertEquals(List.of("case message", "case message"), escalations(database, schoolId),
                "one audit row per message that matched, none for the retry");
        assertEquals(List.of("1"), column(database, "SELECT COUNT(*) FROM crisis_notice WHERE school_id = ?", schoolId),
                "one notice while it is unseen, however many messages match");
        String desk = counselor.get("/counselor/").body();
        assertTrue(desk.contains("id=\"crisis-notices\"") && desk.contains("dari pesan dalam percakapan"), desk);
        assertFalse(desk.contains("want to die"), "the desk never shows the words");
    }

    @Test
    void aPhraseTheAdminAddsFiresFromThenOnInTheirSchoolOnly(PayaraMicro tool, DataSource database, TestPlatform school,
                                                            TestPlatform otherSchool) throws SQLException {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        people.counselor("regional-bk", "Bu Sunda");
        SchoolPeople.ask(people.student("regional-asep", "Asep"), "PERSONAL", "SOON", "Abdi hayang paeh wae, teu kuat.");
        long schoolId = schoolId(database, school);
        assertEquals(List.of(), escalations(database, schoolId), "not in the shipped lexicon");

        Http admin = people.signIn("regional-kepala", "Pak Kepala", TestPlatform.ADMINISTRATOR);
        HttpResponse<String> empty = FacesForm.submit(admin, "/admin/crisis", admin.get("/admin/crisis"), "phrases",
                "phrases:listen", Map.of("phrases:phrase", "  ?! "));
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("Tulis kata atau frasa"), "a phrase without words is refused at the field");
        assertEquals(302, FacesForm.submit(admin, "/admin/crisis", admin.get("/admin/crisis"), "phrases", "phrases:listen",
                Map.of("phrases:phrase", "Hayang Paeh")).statusCode());
        assertTrue(admin.get("/admin/crisis").body().contains("hayang paeh"), "the school's phrase is listed");

        SchoolPeople.ask(people.student("regional-euis", "Euis"), "PERSONAL", "SOON", "Abdi hayang paeeeh wae.");
        assertEquals(List.of("request request"), escalations(database, schoolId), "the added phrase fires");

        SchoolPeople neighbours = new SchoolPeople(tool, database, otherSchool);
        neighbours.counselor("regional-bk-lain", "Bu Lain");
        SchoolPeople.ask(neighbours.student("regional-ujang", "Ujang"), "PERSONAL", "SOON", "Hayang paeh wae.");
        assertEquals(List.of(), escalations(database, schoolId(database, otherSchool)), "another school's phrase does not apply");
    }

    private static HttpResponse<String> send(PayaraMicro tool, Http who, long conversation, String clientId, String body) {
        return who.postJson("/api/conversations/" + conversation + "/messages",
                "{\"clientId\":\"" + clientId + "\",\"body\":\"" + body.replace("\"", "\\\"") + "\"}", origin(tool));
    }

    private static String[] origin(PayaraMicro tool) {
        return new String[] {"Origin", tool.uri("").toString().replaceAll("/$", "")};
    }

    private static Map<String, Object> json(HttpResponse<String> answer) {
        try {
            return JSONObjectUtils.parse(answer.body());
        } catch (ParseException e) {
            throw new AssertionError("not a JSON object: " + answer.body(), e);
        }
    }

    /** The school's CRISIS_ESCALATED rows as "subject_type detail", in order. */
    private static List<String> escalations(DataSource database, long schoolId) throws SQLException {
        return column(database, "SELECT CONCAT(subject_type, CONCAT(' ', detail)) FROM audit_entry"
                + " WHERE school_id = ? AND action = 'CRISIS_ESCALATED' ORDER BY id", schoolId);
    }

    private static long schoolId(DataSource database, TestPlatform platform) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT id FROM school WHERE issuer = ?")) {
            query.setString(1, platform.issuer());
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                return rows.getLong(1);
            }
        }
    }

    private static List<String> column(DataSource database, String sql, long schoolId) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, schoolId);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
