package id.ruangkonseling.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A registered platform starts a login, as Moodle does; unregistered or misdirected ones are told why not. */
@ExtendWith(SharedServer.class)
class OidcLoginIT {

    private PayaraMicro server;
    private DataSource database;
    private TestPlatform platform;

    @BeforeEach
    void registerAPlatform(PayaraMicro server, DataSource database, TestPlatform platform) {
        this.platform = platform;
        this.server = server;
        this.database = database;
    }

    @Test
    void moodlesPostedInitiationIsSentToItsAuthorizationEndpointWithAFreshStateAndNonce() throws SQLException {
        HttpResponse<String> answer = new Http(server).postForm("/lti/login", TestPlatform.form(Map.of(
                "iss", platform.issuer(), "login_hint", "17", "target_link_uri", server.uri("/lti/launch").toString(),
                "lti_message_hint", "{\"cmid\":3,\"launchid\":\"ltilaunch1_42\"}", "client_id", TestPlatform.CLIENT_ID,
                "lti_deployment_id", TestPlatform.DEPLOYMENT_ID)));

        assertEquals(302, answer.statusCode(), answer.body());
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertEquals(platform.issuer() + "/auth", location.getScheme() + "://" + location.getAuthority() + location.getPath());
        Map<String, String> query = TestPlatform.query(location);
        assertEquals("openid", query.get("scope"));
        assertEquals("id_token", query.get("response_type"));
        assertEquals("form_post", query.get("response_mode"));
        assertEquals("none", query.get("prompt"));
        assertEquals(TestPlatform.CLIENT_ID, query.get("client_id"));
        assertEquals(server.uri("/lti/launch").toString(), query.get("redirect_uri"));
        assertEquals("17", query.get("login_hint"));
        assertEquals("{\"cmid\":3,\"launchid\":\"ltilaunch1_42\"}", query.get("lti_message_hint"));
        assertEquals(query.get("nonce"), storedNonce(query.get("state")), "the state and its nonce are kept server-side");
    }

    @Test
    void everyLoginGetsItsOwnStateAndNonce() {
        String path = "/lti/login?iss=" + encode(platform.issuer()) + "&login_hint=17&target_link_uri="
                + encode(server.uri("/lti/launch").toString());
        Map<String, String> first = TestPlatform.query(URI.create(new Http(server).get(path).headers().firstValue("Location").orElseThrow()));
        Map<String, String> second = TestPlatform.query(URI.create(new Http(server).get(path).headers().firstValue("Location").orElseThrow()));

        assertNotEquals(first.get("state"), second.get("state"));
        assertNotEquals(first.get("nonce"), second.get("nonce"));
    }

    @Test
    void anUnregisteredPlatformIsToldInBothLanguages() {
        HttpResponse<String> answer = new Http(server).get("/lti/login?iss=" + encode("https://unknown.example")
                + "&login_hint=17&target_link_uri=" + encode(server.uri("/lti/launch").toString()));

        assertRefused(answer, "UNKNOWN_PLATFORM");
        assertTrue(answer.body().contains("belum terdaftar di Ruang Konseling"));
        assertTrue(answer.body().contains("is not registered with Ruang Konseling"));
    }

    @Test
    void aLaunchAimedAtAnotherSiteIsRefused() {
        assertRefused(new Http(server).get("/lti/login?iss=" + encode(platform.issuer()) + "&login_hint=17&target_link_uri="
                + encode("https://evil.example/lti/launch")), "FOREIGN_TARGET_LINK");
    }

    @Test
    void anInitiationWithoutLoginHintIsRefused() {
        assertRefused(new Http(server).get("/lti/login?iss=" + encode(platform.issuer()) + "&target_link_uri="
                + encode(server.uri("/lti/launch").toString())), "MISSING_PARAMETER");
    }

    private static void assertRefused(HttpResponse<String> answer, String code) {
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("<code id=\"reason-code\">" + code + "</code>"), answer.body());
        assertTrue(answer.headers().firstValue("Location").isEmpty());
    }

    private String storedNonce(String state) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT nonce FROM lti_login WHERE state = ?")) {
            select.setString(1, state);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "login " + state + " is stored");
                return row.getString(1);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
