package id.ruangkonseling.lti.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import id.ruangkonseling.lti.entity.LtiPlatform;
import id.ruangkonseling.testing.TestPlatform;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client-credentials grant against a token endpoint on loopback, and the token cache, on a clock the test moves. */
class ServiceTokensTest {

    private static final String SCOPE = CourseRoster.SCOPE;

    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T08:00:00Z"));
    private volatile int status = 200;
    private volatile String answer = "{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
    private HttpServer tokenEndpoint;
    private RSAKey toolKey;
    private LtiPlatform platform;
    private ServiceTokens tokens;

    @BeforeEach
    void startTokenEndpoint() throws Exception {
        tokenEndpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tokenEndpoint.createContext("/token", exchange -> {
            requests.add(TestPlatform.fields(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        tokenEndpoint.start();
        String base = "http://127.0.0.1:" + tokenEndpoint.getAddress().getPort();
        platform = new LtiPlatform(base, "client-7", URI.create(base + "/auth"), URI.create(base + "/token"),
                URI.create(base + "/jwks"), clock.instant());
        toolKey = new RSAKeyGenerator(2048).keyID("tool-key").generate();
        tokens = new ServiceTokens(() -> toolKey, clock, new PlatformHttp());
    }

    @AfterEach
    void stop() {
        tokenEndpoint.stop(0);
    }

    @Test
    void asksWithAClientAssertionSignedByTheToolKey() throws Exception {
        assertEquals("token-1", tokens.accessToken(platform, SCOPE));

        Map<String, String> request = requests.getFirst();
        assertEquals("client_credentials", request.get("grant_type"));
        assertEquals("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", request.get("client_assertion_type"));
        assertEquals(SCOPE, request.get("scope"));
        SignedJWT assertion = SignedJWT.parse(request.get("client_assertion"));
        assertTrue(assertion.verify(new RSASSAVerifier(toolKey.toPublicJWK())));
        assertEquals("tool-key", assertion.getHeader().getKeyID());
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertEquals("client-7", claims.getIssuer());
        assertEquals("client-7", claims.getSubject());
        assertEquals(List.of(platform.authTokenUrl().toString()), claims.getAudience());
        assertTrue(claims.getExpirationTime().toInstant().isAfter(clock.instant()));
        assertTrue(claims.getJWTID() != null && !claims.getJWTID().isBlank());
    }

    @Test
    void reusesTheTokenUntilShortlyBeforeItExpires() throws Exception {
        tokens.accessToken(platform, SCOPE);
        clock.advance(Duration.ofMinutes(59));
        tokens.accessToken(platform, SCOPE);
        assertEquals(1, requests.size(), "still good: no second request");

        answer = answer.replace("token-1", "token-2");
        clock.advance(Duration.ofSeconds(40));
        assertEquals("token-2", tokens.accessToken(platform, SCOPE));
        assertEquals(2, requests.size(), "renewed within the last 30 seconds");
    }

    @Test
    void eachAssertionIsUnique() throws Exception {
        tokens.accessToken(platform, SCOPE);
        tokens.forget(platform, SCOPE);
        tokens.accessToken(platform, SCOPE);

        assertEquals(2, requests.size());
        assertTrue(!SignedJWT.parse(requests.get(0).get("client_assertion")).getJWTClaimsSet().getJWTID()
                .equals(SignedJWT.parse(requests.get(1).get("client_assertion")).getJWTClaimsSet().getJWTID()));
    }

    @Test
    void aRefusalIsATypedFailureAndIsNotCached() throws Exception {
        status = 400;
        answer = "{\"error\":\"invalid_client\"}";
        PlatformServiceFailed failed = assertThrows(PlatformServiceFailed.class, () -> tokens.accessToken(platform, SCOPE));
        assertTrue(failed.getMessage().contains("400"), failed.getMessage());

        status = 200;
        answer = "{\"access_token\":\"token-3\",\"expires_in\":3600}";
        assertEquals("token-3", tokens.accessToken(platform, SCOPE));
    }

    @Test
    void anAnswerWithoutATokenIsAFailure() {
        answer = "{\"token_type\":\"Bearer\"}";
        assertThrows(PlatformServiceFailed.class, () -> tokens.accessToken(platform, SCOPE));
        answer = "not json";
        assertThrows(PlatformServiceFailed.class, () -> tokens.accessToken(platform, SCOPE));
    }

    @Test
    void anUnreachableEndpointIsAFailure() {
        tokenEndpoint.stop(0);
        assertThrows(PlatformServiceFailed.class, () -> tokens.accessToken(platform, SCOPE));
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
