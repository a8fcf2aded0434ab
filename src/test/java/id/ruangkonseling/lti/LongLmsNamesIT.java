package id.ruangkonseling.lti;

import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.Landing;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestConsumer;
import id.ruangkonseling.testing.TestPlatform;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An LMS that sends a name or course title far longer than anyone's (5,000 characters, a stray control
 * character in it) still lets the person in: the tool keeps as much as its columns hold and shows the
 * page as usual, over LTI 1.3 and LTI 1.1 alike.
 */
@ExtendWith(SharedServer.class)
class LongLmsNamesIT {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    private PayaraMicro tool;
    private DataSource database;

    @BeforeEach
    void server(PayaraMicro tool, DataSource database) {
        this.tool = tool;
        this.database = database;
    }

    @Test
    void aTeacherWithAnOverlongNameFromAnOverlongCourseLandsOnTheirHome(TestPlatform platform) throws SQLException, IOException {
        String name = overlong("Guruberpanjangnama");
        String title = overlong("Kelaspanjangsekali");
        Http browser = new Http(tool);
        long logBefore = logSize();

        HttpResponse<String> answer = platform.launch(browser, tool, "teacher-long", List.of(INSTRUCTOR),
                claims -> claims.claim("name", name)
                        .claim(LTI + "context", Map.of("id", "long-1", "title", title, "type", List.of("CourseSection")))
                        .claim("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", null)).answer();

        assertEquals(303, answer.statusCode(), answer.body());
        assertEquals(tool.uri("/teacher/").toString(), Landing.of(answer));
        String storedName = stored("SELECT m.display_name FROM school_member m JOIN school s ON s.id = m.school_id"
                + " WHERE s.issuer = ? AND m.subject = 'teacher-long'", platform.issuer());
        String storedTitle = stored("SELECT c.title FROM course_context c JOIN school s ON s.id = c.school_id"
                + " WHERE s.issuer = ? AND c.context_id = 'long-1'", platform.issuer());
        assertEquals(cleaned(name).substring(0, 200), storedName);
        assertEquals(cleaned(title).substring(0, 255), storedTitle);
        HttpResponse<String> home = browser.get("/teacher/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Halo, " + storedName + "!"), home.body());
        assertTrue(home.body().contains(">" + storedTitle + "</a>"), home.body());
        assertCutLoggedWithout(logBefore, "Guruberpanjangnama", "Kelaspanjangsekali");
    }

    @Test
    void aLearnerWithAnOverlongNameOverLti11LandsOnTheirHome() throws SQLException, IOException {
        TestConsumer consumer = TestConsumer.issuedIn(database, "SMA Panjang Nama");
        String name = overlong("Siswaberpanjangnama");
        String title = overlong("Mapelpanjangsekali");
        Map<String, String> form = consumer.moodleLaunch("long-17", "Learner");
        form.put("lis_person_name_full", name);
        form.put("context_id", "long-11");
        form.put("context_title", title);
        Http browser = new Http(tool);
        long logBefore = logSize();

        HttpResponse<String> answer = browser.postForm("/lti/launch",
                TestPlatform.form(consumer.signed(form, tool.uri("/lti/launch").toString())));

        assertEquals(303, answer.statusCode(), answer.body());
        assertEquals(tool.uri("/student/").toString(), Landing.of(answer));
        String storedName = stored("SELECT m.display_name FROM school_member m JOIN school s ON s.id = m.school_id"
                + " WHERE s.client_id = ? AND m.subject = 'long-17'", consumer.key());
        assertEquals(cleaned(name).substring(0, 200), storedName);
        assertEquals(cleaned(title).substring(0, 255), stored("SELECT c.title FROM course_context c JOIN school s"
                + " ON s.id = c.school_id WHERE s.client_id = ? AND c.context_id = 'long-11'", consumer.key()));
        HttpResponse<String> home = browser.get("/student/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Halo, " + storedName + "!"), home.body());
        assertCutLoggedWithout(logBefore, "Siswaberpanjangnama", "Mapelpanjangsekali");
    }

    /** 5,000 characters: the word, a bell character the LMS should never have sent, then the word again and again. */
    private static String overlong(String word) {
        StringBuilder text = new StringBuilder(word).append('\u0007');
        while (text.length() < 5000) {
            text.append(word);
        }
        return text.substring(0, 5000);
    }

    private static String cleaned(String text) {
        return text.replace("\u0007", "");
    }

    /** Since {@code from}, the tool said it cut a text, and wrote none of the texts themselves to its log. */
    private void assertCutLoggedWithout(long from, String... words) throws IOException {
        byte[] all = Files.readAllBytes(log());
        String written = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
        assertTrue(written.contains("characters, longer than its column"), "one line says a text was cut: " + written);
        for (String word : words) {
            assertFalse(written.contains(word), "the log holds no name or title: " + written);
        }
    }

    /** The server's log is appended to across runs and tests: each test reads only what it made the server write. */
    private long logSize() throws IOException {
        return Files.size(log());
    }

    private Path log() {
        return tool.folder().resolve("server.log");
    }

    private String stored(String sql, String key) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "nothing stored for " + key);
                return row.getString(1);
            }
        }
    }
}
