package id.ruangkonseling.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A registered platform starts a login, as Moodle does; unregistered or misdirected ones are told why not. */
@ExtendWith(SharedServer.class)
class OidcLoginIT {

    private static final String AUTH_URL = "https://moodle.sekolah.test/mod/lti/auth.php";

    private PayaraMicro server;
    private DataSource database;
    private String issuer;

    @BeforeEach
    void registerAPlatform(PayaraMicro server, DataSource database) throws SQLException {
        this.server = server;
        this.database = database;
        this.issuer = "https://moodle-" + UUID.randomUUID().toString().substring(0, 8) + ".sekolah.test";
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO lti_platform (issuer, client_id, auth_login_url, auth_token_url, jwks_url, registered_at) "
                        + "VALUES (?, 'client-1', ?, ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, issuer);
            insert.setString(2, AUTH_URL);
            insert.setString(3, "https://moodle.sekolah.test/mod/lti/token.php");
            insert.setString(4, "https://moodle.sekolah.test/mod/lti/certs.php");
            insert.executeUpdate();
        }
    }

    @Test
    void moodlesPostedInitiationIsSentToItsAuthorizationEndpointWithAFreshStateAndNonce() throws SQLException {
        HttpResponse<String> answer = new Http(server).postForm("/lti/login", form(Map.of(
                "iss", issuer, "login_hint", "17", "target_link_uri", server.uri("/lti/launch").toString(),
                "lti_message_hint", "{\"cmid\":3,\"launchid\":\"ltilaunch1_42\"}", "client_id", "client-1",
                "lti_deployment_id", "1")));

        assertEquals(302, answer.statusCode(), answer.body());
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertEquals(AUTH_URL, location.getScheme() + "://" + location.getHost() + location.getPath());
        Map<String, String> query = query(location);
        assertEquals("openid", query.get("scope"));
        assertEquals("id_token", query.get("response_type"));
        assertEquals("form_post", query.get("response_mode"));
        assertEquals("none", query.get("prompt"));
        assertEquals("client-1", query.get("client_id"));
        assertEquals(server.uri("/lti/launch").toString(), query.get("redirect_uri"));
        assertEquals("17", query.get("login_hint"));
        assertEquals("{\"cmid\":3,\"launchid\":\"ltilaunch1_42\"}", query.get("lti_message_hint"));
        assertEquals(query.get("nonce"), storedNonce(query.get("state")), "the state and its nonce are kept server-side");
    }

    @Test
    void everyLoginGetsItsOwnStateAndNonce() {
        String path = "/lti/login?iss=" + encode(issuer) + "&login_hint=17&target_link_uri="
                + encode(server.uri("/lti/launch").toString());
        Map<String, String> first = query(URI.create(new Http(server).get(path).headers().firstValue("Location").orElseThrow()));
        Map<String, String> second = query(URI.create(new Http(server).get(path).headers().firstValue("Location").orElseThrow()));

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
        assertRefused(new Http(server).get("/lti/login?iss=" + encode(issuer) + "&login_hint=17&target_link_uri="
                + encode("https://evil.example/lti/launch")), "FOREIGN_TARGET_LINK");
    }

    @Test
    void anInitiationWithoutLoginHintIsRefused() {
        assertRefused(new Http(server).get("/lti/login?iss=" + encode(issuer) + "&target_link_uri="
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

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> decode(pair[1])));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
