package id.ruangkonseling.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.Landing;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestConsumer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * LTI 1.1 launches as an older Moodle posts them (a form signed with OAuth 1.0a HMAC-SHA1), from a
 * consumer the console issued (stored) or one the configuration declares ({@code RK_LTI11_KEYS}).
 */
@ExtendWith(SharedServer.class)
class Lti11LaunchIT {

    private PayaraMicro tool;
    private DataSource database;
    private TestConsumer consumer;
    private Http browser;

    @BeforeEach
    void issueAConsumer(PayaraMicro tool, DataSource database) throws SQLException {
        this.tool = tool;
        this.database = database;
        this.consumer = TestConsumer.issuedIn(database, "SMA Negeri 2 Nusantara");
        this.browser = new Http(tool);
    }

    @Test
    void aLearnerLandsOnTheStudentsHomeGreetedByName() {
        HttpResponse<String> answer = launch(consumer.moodleLaunch("17", "Learner"));

        assertEquals(303, answer.statusCode(), answer.body());
        assertEquals(tool.uri("/student/").toString(), Landing.of(answer));
        HttpResponse<String> home = browser.get("/student/");
        assertEquals(200, home.statusCode());
        // "ā" arrives intact only if the form was read as UTF-8, which the signature needed too
        assertTrue(home.body().contains("Halo, Siti Rahmā!") || home.body().contains("Halo, Siti Rahm&#257;!"), home.body());
    }

    @Test
    void anInstructorLandsOnTheTeachersHome() {
        assertEquals(tool.uri("/teacher/").toString(), Landing.of(launch(consumer.moodleLaunch("5", "Instructor"))));
        assertEquals(200, browser.get("/teacher/").statusCode());
    }

    @Test
    void anLmsAdministratorLandsOnTheSchoolAdminHome() {
        HttpResponse<String> answer = launch(consumer.moodleLaunch("2",
                "Instructor,urn:lti:sysrole:ims/lis/Administrator,urn:lti:instrole:ims/lis/Administrator"));

        assertEquals(tool.uri("/admin/").toString(), Landing.of(answer));
        assertEquals(200, browser.get("/admin/").statusCode());
    }

    @Test
    void theLaunchLocaleChoosesTheLanguage() {
        Map<String, String> form = consumer.moodleLaunch("18", "urn:lti:role:ims/lis/Learner");
        form.put("launch_presentation_locale", "en-US");
        launch(form);

        assertTrue(browser.get("/student/").body().contains("<html lang=\"en\""));
    }

    @Test
    void aFieldChangedAfterSigningIsRefusedInBothLanguages() {
        Map<String, String> signed = consumer.signed(consumer.moodleLaunch("19", "Learner"), launchUrl());
        signed.put("roles", "Learner,urn:lti:instrole:ims/lis/Administrator");

        HttpResponse<String> answer = browser.postForm("/lti/launch", TestPlatform.form(signed));

        assertRefused("BAD_OAUTH_SIGNATURE", answer);
        assertTrue(answer.body().contains("Tanda tangan peluncuran tidak cocok"), answer.body());
        assertTrue(answer.body().contains("The launch signature does not match"), answer.body());
        assertEquals(401, browser.get("/student/").statusCode(), "a refused launch signs no one in");
    }

    @Test
    void aReplayedLaunchIsRefused() {
        String form = TestPlatform.form(consumer.signed(consumer.moodleLaunch("20", "Learner"), launchUrl()));
        assertEquals(303, browser.postForm("/lti/launch", form).statusCode());

        assertRefused("REUSED_NONCE", new Http(tool).postForm("/lti/launch", form));
    }

    @Test
    void aLaunchSignedTenMinutesAgoIsRefused() {
        Map<String, String> form = consumer.moodleLaunch("21", "Learner");
        form.put("oauth_timestamp", Long.toString(Instant.now().minusSeconds(600).getEpochSecond()));

        assertRefused("STALE_TIMESTAMP", launch(form));
    }

    @Test
    void anUnknownConsumerKeyIsRefused() {
        TestConsumer stranger = new TestConsumer("unknown-" + UUID.randomUUID(), "whatever");

        assertRefused("UNKNOWN_CONSUMER_KEY", browser.postForm("/lti/launch",
                TestPlatform.form(stranger.signed(stranger.moodleLaunch("22", "Learner"), launchUrl()))));
    }

    @Test
    void anUnreadableLaunchGetsTheRefusalPageNotAnError() {
        String form = TestPlatform.form(consumer.signed(consumer.moodleLaunch("23", "Learner"), launchUrl()))
                + "&oauth_nonce=second&oauth_timestamp=not-a-number";

        assertRefused("INCOMPLETE_LTI11_LAUNCH", browser.postForm("/lti/launch", form));
    }

    @Test
    void aConfiguredKeysFirstLaunchMakesItsSchool() throws SQLException {
        TestConsumer configured = new TestConsumer(SharedServer.CONFIGURED_LTI11_KEY, SharedServer.CONFIGURED_LTI11_SECRET);

        HttpResponse<String> answer = browser.postForm("/lti/launch",
                TestPlatform.form(configured.signed(configured.moodleLaunch("24", "Learner"), launchUrl())));

        assertEquals(303, answer.statusCode(), answer.body());
        assertEquals("Moodle SMA Negeri 2", schoolNamed(SharedServer.CONFIGURED_LTI11_KEY));
    }

    private HttpResponse<String> launch(Map<String, String> form) {
        return browser.postForm("/lti/launch", TestPlatform.form(consumer.signed(form, launchUrl())));
    }

    private String launchUrl() {
        return tool.uri("/lti/launch").toString();
    }

    private static void assertRefused(String reason, HttpResponse<String> answer) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("<code id=\"reason-code\">" + reason + "</code>"), answer.body());
    }

    private String schoolNamed(String consumerKey) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT name FROM school WHERE issuer = 'lti-1.1' AND client_id = ? AND deployment_id = ?")) {
            query.setString(1, consumerKey);
            query.setString(2, consumerKey);
            try (ResultSet school = query.executeQuery()) {
                assertTrue(school.next(), "no school for " + consumerKey);
                return school.getString(1);
            }
        }
    }
}
