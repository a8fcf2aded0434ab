package id.ruangkonseling.chat;

import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * People of one test school for the chat tests: students and counselors signed in by launches, a
 * student's request sent through the API and taken up by a counselor at the desk, and JSON reading.
 */
final class ChatParties {

    private final PayaraMicro tool;
    private final DataSource database;
    private final TestPlatform school;
    /** Subjects are per school; this keeps them apart in the database the tests share. */
    private static final AtomicInteger TEST_SCHOOLS = new AtomicInteger();
    private final String unique;

    ChatParties(PayaraMicro tool, DataSource database, TestPlatform school) {
        this.unique = "-" + TEST_SCHOOLS.incrementAndGet();
        this.tool = tool;
        this.database = database;
        this.school = school;
    }

    /** The origin the service's own pages post from. */
    String[] origin() {
        return new String[] {"Origin", tool.uri("").toString().replaceAll("/$", "")};
    }

    Http student(String person, String name) {
        return signIn(person, name, LEARNER);
    }

    /** A teacher whom the school made counselor (here straight in the database), launched again. */
    Http counselor(String person, String name) {
        signIn(person, name, INSTRUCTOR);
        try (Connection connection = database.getConnection();
             PreparedStatement appoint = connection.prepareStatement("UPDATE school_member SET counselor = TRUE WHERE subject = ?")) {
            appoint.setString(1, person + unique);
            assertEquals(1, appoint.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return signIn(person, name, INSTRUCTOR);
    }

    /** The school admin releases the counselor of this name on the counselors page. */
    void release(String counselorName) {
        Http admin = signIn("chat-kepala", "Bu Kepala", TestPlatform.ADMINISTRATOR);
        String page = "/admin/counselors?q=" + counselorName.replace(" ", "+");
        HttpResponse<String> released = FacesForm.submit(admin, "/admin/counselors", admin.get(page), "people",
                "people:table:0:release", Map.of("q", counselorName));
        assertEquals(302, released.statusCode(), released.body());
    }

    long memberId(String person) {
        try (Connection connection = database.getConnection();
             PreparedStatement find = connection.prepareStatement("SELECT id FROM school_member WHERE subject = ?")) {
            find.setString(1, person + unique);
            try (ResultSet row = find.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The student asks through the API; answers the new request's conversation id. */
    long request(Http student) {
        HttpResponse<String> sent = student.postJson("/api/requests", """
                {"field":"personal","about":"Saya cemas menjelang ujian.","urgency":"soon","mode":"chat","acknowledged":true}""",
                origin());
        assertEquals(201, sent.statusCode(), sent.body());
        return ((Number) json(sent).get("conversationId")).longValue();
    }

    /** The counselor takes up the one request waiting in this school at the desk. */
    void takeUp(Http counselor) {
        HttpResponse<String> accepted = FacesForm.submit(counselor, "/counselor/", counselor.get("/counselor/"), "desk",
                "desk:queue:0:take", Map.of());
        assertEquals(302, accepted.statusCode(), accepted.body());
    }

    HttpResponse<String> send(Http who, long conversation, String clientId, String body) {
        return who.postJson("/api/conversations/" + conversation + "/messages",
                "{\"clientId\":\"" + clientId + "\",\"body\":" + quoted(body) + "}", origin());
    }

    static Map<String, Object> json(HttpResponse<String> answer) {
        try {
            return JSONObjectUtils.parse(answer.body());
        } catch (ParseException e) {
            throw new AssertionError("not a JSON object: " + answer.body(), e);
        }
    }

    static List<Object> jsonArray(HttpResponse<String> answer) {
        try {
            return JSONArrayUtils.parse(answer.body());
        } catch (ParseException e) {
            throw new AssertionError("not a JSON array: " + answer.body(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> messages(HttpResponse<String> page) {
        return (List<Map<String, Object>>) json(page).get("messages");
    }

    static long number(Map<String, Object> object, String key) {
        return ((Number) object.get(key)).longValue();
    }

    static String quoted(String text) {
        return JSONObjectUtils.toJSONString(Map.of("t", text)).replaceFirst("^\\{\"t\":", "").replaceFirst("}$", "");
    }

    private Http signIn(String person, String name, String role) {
        Http browser = new Http(tool);
        HttpResponse<String> launched = school.launch(browser, tool, person + unique, List.of(role),
                claims -> claims.claim("name", name)).answer();
        assertEquals(303, launched.statusCode(), launched.body());
        return browser;
    }
}
