package id.ruangkonseling.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.TestPlatform;
import java.net.URI;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * People of one test school for the chat tests: students and counselors signed in by launches, a
 * student's request sent through the API and taken up by a counselor at the desk, and JSON reading.
 */
public final class ChatParties {

    private final URI tool;
    private final SchoolPeople people;

    public ChatParties(PayaraMicro tool, DataSource database, TestPlatform school) {
        this(tool.uri(""), database, school);
    }

    /** People who reach the tool at {@code tool}, e.g. one instance of a cluster or the proxy in front of it. */
    public ChatParties(URI tool, DataSource database, TestPlatform school) {
        this.tool = tool;
        this.people = new SchoolPeople(tool, database, school);
    }

    /** The origin the service's own pages post from. */
    public String[] origin() {
        return new String[] {"Origin", tool.toString().replaceAll("/$", "")};
    }

    public Http student(String person, String name) {
        return people.student(person, name);
    }

    public Http counselor(String person, String name) {
        return people.counselor(person, name);
    }

    /** A student whose launches carry these claims too, e.g. an e-mail address or a locale. */
    public Http student(String person, String name, UnaryOperator<JWTClaimsSet.Builder> adjust) {
        return people.signIn(person, name, TestPlatform.LEARNER, adjust);
    }

    /** A counselor whose launches carry these claims too. */
    public Http counselor(String person, String name, UnaryOperator<JWTClaimsSet.Builder> adjust) {
        return people.counselor(person, name, adjust);
    }

    /** The school admin releases the counselor of this name on the counselors page. */
    public void release(String counselorName) {
        Http admin = people.signIn("chat-kepala", "Bu Kepala", TestPlatform.ADMINISTRATOR);
        String page = "/admin/counselors?q=" + counselorName.replace(" ", "+");
        HttpResponse<String> released = FacesForm.submit(admin, "/admin/counselors", admin.get(page), "people",
                "people:table:0:release", Map.of("q", counselorName));
        assertEquals(302, released.statusCode(), released.body());
    }

    /** The student asks through the API; answers the new request's conversation id. */
    public long request(Http student) {
        HttpResponse<String> sent = student.postJson("/api/requests", """
                {"field":"personal","about":"Saya cemas menjelang ujian.","urgency":"soon","mode":"chat","acknowledged":true}""",
                origin());
        assertEquals(201, sent.statusCode(), sent.body());
        return ((Number) json(sent).get("conversationId")).longValue();
    }

    /** The counselor takes up the one request waiting in this school at the desk. */
    public void takeUp(Http counselor) {
        SchoolPeople.takeFirst(counselor);
    }

    public HttpResponse<String> send(Http who, long conversation, String clientId, String body) {
        return who.postJson("/api/conversations/" + conversation + "/messages",
                "{\"clientId\":\"" + clientId + "\",\"body\":" + quoted(body) + "}", origin());
    }

    public static Map<String, Object> json(HttpResponse<String> answer) {
        try {
            return JSONObjectUtils.parse(answer.body());
        } catch (ParseException e) {
            throw new AssertionError("not a JSON object: " + answer.body(), e);
        }
    }

    public static List<Object> jsonArray(HttpResponse<String> answer) {
        try {
            return JSONArrayUtils.parse(answer.body());
        } catch (ParseException e) {
            throw new AssertionError("not a JSON array: " + answer.body(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> messages(HttpResponse<String> page) {
        return (List<Map<String, Object>>) json(page).get("messages");
    }

    public static long number(Map<String, Object> object, String key) {
        return ((Number) object.get(key)).longValue();
    }

    public static String quoted(String text) {
        return JSONObjectUtils.toJSONString(Map.of("t", text)).replaceFirst("^\\{\"t\":", "").replaceFirst("}$", "");
    }
}
