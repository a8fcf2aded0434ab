package id.ruangkonseling.counseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/requests}: the student's request through the JSON API lands on the counselor's desk
 * like one from the form, with its conversation already open; invalid input is a 400 with a message per
 * field in the session's language; without a session, a 401 in JSON.
 */
@ExtendWith(SharedServer.class)
class RequestsApiIT {

    private PayaraMicro tool;
    private DataSource database;
    private TestPlatform school;

    @BeforeEach
    void setUp(PayaraMicro tool, DataSource database, TestPlatform school) {
        this.tool = tool;
        this.database = database;
        this.school = school;
    }

    @Test
    void aRequestThroughTheApiIsCreatedWithItsConversationAndShowsOnTheDesk() throws Exception {
        Http student = signIn("api-siswa", "Nadia Putri", TestPlatform.LEARNER);
        HttpResponse<String> created = student.postJson("/api/requests", """
                {"field":"career","about":"Bingung memilih jurusan.","urgency":"can_wait","mode":"face_to_face",
                 "acknowledged":true}""", origin());

        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> body = JSONObjectUtils.parse(created.body());
        assertEquals(Set.of("id", "conversationId", "status"), body.keySet());
        assertEquals("submitted", body.get("status"));
        long conversation = ((Number) body.get("conversationId")).longValue();
        assertEquals(304, student.get("/api/conversations/" + conversation + "/messages?after=0").statusCode(),
                "the student's conversation is open, still empty");
        assertEquals(201, student.postJson("/api/conversations/" + conversation + "/messages",
                "{\"clientId\":\"wait-1\",\"body\":\"Saya menunggu, Bu.\"}", origin()).statusCode(), "they can write while waiting");

        Http counselor = counselor("api-bk", "Bu Karier");
        String desk = counselor.get("/counselor/").body();
        assertTrue(desk.contains("Nadia Putri"), desk);
        assertTrue(student.get("/student/").body().contains("menunggu guru BK"), "the home lists it like one from the form");
    }

    @Test
    void invalidInputIsA400WithAMessagePerFieldInTheSessionsLanguage() throws Exception {
        Http student = signIn("api-siswa-2", "Rudi", TestPlatform.LEARNER);
        HttpResponse<String> refused = student.postJson("/api/requests", """
                {"field":"PERSONAL","about":"  ","urgency":"later","acknowledged":false}""", origin());

        assertEquals(400, refused.statusCode(), refused.body());
        Map<String, Object> body = JSONObjectUtils.parse(refused.body());
        Map<?, ?> fields = (Map<?, ?>) body.get("fields");
        assertEquals(Set.of("field", "about", "urgency", "mode", "acknowledged"), fields.keySet());
        assertTrue(fields.get("acknowledged").toString().contains("centang kotaknya"), "Indonesian by default: " + fields);
        assertTrue(body.get("message").toString().contains("Belum terkirim"));

        student.get("/language?to=en&back=%2Fstudent%2F"); // the student switches the session's pages to English
        HttpResponse<String> inEnglish = student.postJson("/api/requests", "{}", origin());
        assertTrue(((Map<?, ?>) JSONObjectUtils.parse(inEnglish.body()).get("fields")).get("about").toString()
                .contains("at most 4,000 characters"), inEnglish.body());
        assertTrue(student.get("/student/").body().contains("You have not asked for counseling yet"), "nothing was stored");
    }

    @Test
    void withoutASessionIt401sInJsonAndATeacherCannotAsk() throws ParseException {
        HttpResponse<String> anonymous = new Http(tool).postJson("/api/requests", "{}", origin());
        assertEquals(401, anonymous.statusCode());
        assertTrue(JSONObjectUtils.parse(anonymous.body()).containsKey("message"), anonymous.body());

        Http teacher = signIn("api-guru", "Pak Guru", TestPlatform.INSTRUCTOR);
        HttpResponse<String> refused = teacher.postJson("/api/requests", """
                {"field":"personal","about":"Tes","urgency":"now","mode":"chat","acknowledged":true}""", origin());
        assertEquals(403, refused.statusCode(), refused.body());
    }

    private String[] origin() {
        return new String[] {"Origin", tool.uri("").toString().replaceAll("/$", "")};
    }

    private Http signIn(String person, String name, String role) {
        Http browser = new Http(tool);
        HttpResponse<String> launched = school.launch(browser, tool, person, List.of(role),
                claims -> claims.claim("name", name)).answer();
        assertEquals(303, launched.statusCode(), launched.body());
        return browser;
    }

    private Http counselor(String person, String name) {
        signIn(person, name, TestPlatform.INSTRUCTOR);
        try (Connection connection = database.getConnection();
             PreparedStatement appoint = connection.prepareStatement("UPDATE school_member SET counselor = TRUE WHERE subject = ?")) {
            appoint.setString(1, person);
            assertEquals(1, appoint.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return signIn(person, name, TestPlatform.INSTRUCTOR);
    }
}
