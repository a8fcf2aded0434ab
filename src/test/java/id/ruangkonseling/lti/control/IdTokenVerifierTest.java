package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.entity.PlatformRegistration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import id.ruangkonseling.lti.control.Launch.MessageType;
import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the launch's id_token, each shown to refuse a token crafted to break it alone. */
class IdTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    private static final String ISSUER = "https://moodle.sekolah.test";
    private static final String CLIENT_ID = "rk-client-1";
    private static final String NONCE = "nonce-7f3k";
    private static final RSAKey PLATFORM_KEY = rsaKey("platform-key-1");
    private static final RSAKey STRANGER_KEY = rsaKey("stranger-key");
    private static final PlatformRegistration PLATFORM = new PlatformRegistration(ISSUER, CLIENT_ID,
            URI.create(ISSUER + "/mod/lti/certs.php"), Set.of("deployment-1"));
    private static final IdTokenVerifier VERIFIER = new IdTokenVerifier(PLATFORM,
            new ImmutableJWKSet<>(new JWKSet(PLATFORM_KEY.toPublicJWK())),
            new LaunchClaims(new ToolAddress(URI.create("https://bk.sekolah.test")), Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void aMoodleStyleStudentLaunchIsAccepted() throws Exception {
        Launch launch = VERIFIER.verify(sign(valid()), NONCE);

        assertEquals("user-17", launch.subject());
        assertEquals(MessageType.RESOURCE_LINK, launch.messageType());
        assertEquals(Optional.of("link-3"), launch.resourceLinkId());
        assertEquals(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"), launch.roles());
        assertEquals(Optional.of("Siti Rahma"), launch.name());
        assertEquals(Optional.empty(), launch.email(), "a missing email is normal");
        assertEquals(Optional.of("id"), launch.locale());
        assertEquals("course-9", launch.course().orElseThrow().id());
    }

    @Test
    void aDeepLinkingRequestCarriesItsReturnAddress() throws Exception {
        Launch launch = VERIFIER.verify(sign(deepLinking()), NONCE);

        assertEquals(MessageType.DEEP_LINKING, launch.messageType());
        assertEquals(URI.create(ISSUER + "/mod/lti/contentitem_return.php"), launch.deepLinkReturnUrl().orElseThrow());
    }

    static Stream<Arguments> craftedTokens() throws Exception {
        return Stream.of(
                refused("not a JWT at all", "garbage", Reason.MALFORMED),
                refused("unsigned (alg none)", new PlainJWT(valid().build()).serialize(), Reason.UNSIGNED_OR_WRONG_ALGORITHM),
                refused("HS256 with a guessed secret", hs256(valid()), Reason.UNSIGNED_OR_WRONG_ALGORITHM),
                refused("a key the platform never published", signWith(STRANGER_KEY, STRANGER_KEY.getKeyID(), valid()), Reason.UNKNOWN_KEY),
                refused("a stranger's key under the platform's kid", signWith(STRANGER_KEY, PLATFORM_KEY.getKeyID(), valid()), Reason.BAD_SIGNATURE),
                refused("a payload changed after signing", tampered(), Reason.BAD_SIGNATURE),
                refused("another issuer", sign(valid().issuer("https://evil.example")), Reason.WRONG_ISSUER),
                refused("another tool's client id", sign(valid().audience("other-tool")), Reason.WRONG_AUDIENCE),
                refused("several audiences, no azp", sign(valid().audience(List.of(CLIENT_ID, "other-tool"))), Reason.WRONG_AUTHORIZED_PARTY),
                refused("several audiences, one untrusted", sign(valid().audience(List.of(CLIENT_ID, "other-tool")).claim("azp", CLIENT_ID)), Reason.WRONG_AUDIENCE),
                refused("azp naming another party", sign(valid().claim("azp", "other-tool")), Reason.WRONG_AUTHORIZED_PARTY),
                refused("expired a minute ago", sign(valid().expirationTime(at(-60))), Reason.EXPIRED),
                refused("issued in the future", sign(valid().issueTime(at(600))), Reason.ISSUED_AT_OUT_OF_RANGE),
                refused("issued an hour ago", sign(valid().issueTime(at(-3600))), Reason.ISSUED_AT_OUT_OF_RANGE),
                refused("another login's nonce", sign(valid().claim("nonce", "someone-elses")), Reason.WRONG_NONCE),
                refused("an unregistered deployment", sign(valid().claim(LaunchClaims.LTI + "deployment_id", "deployment-9")), Reason.UNKNOWN_DEPLOYMENT),
                refused("LTI version 1.1", sign(valid().claim(LaunchClaims.LTI + "version", "1.1.0")), Reason.WRONG_VERSION),
                refused("a message type the tool does not serve", sign(valid().claim(LaunchClaims.LTI + "message_type", "LtiSubmissionReviewRequest")), Reason.UNSUPPORTED_MESSAGE_TYPE),
                refused("a target on another site", sign(valid().claim(LaunchClaims.LTI + "target_link_uri", "https://evil.example/lti/launch")), Reason.FOREIGN_TARGET_LINK),
                refused("a resource link launch without its id", sign(valid().claim(LaunchClaims.LTI + "resource_link", Map.of("title", "Konseling"))), Reason.MISSING_RESOURCE_LINK),
                refused("no roles claim", sign(valid().claim(LaunchClaims.LTI + "roles", null)), Reason.MISSING_ROLES),
                refused("deep linking without a return address", sign(deepLinking().claim(LaunchClaims.DEEP_LINKING, Map.of("accept_types", List.of("ltiResourceLink")))), Reason.MISSING_DEEP_LINK_RETURN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("craftedTokens")
    void aCraftedTokenIsRefusedForItsOwnReason(String what, String token, Reason reason) {
        LaunchRejected refusal = assertThrows(LaunchRejected.class, () -> VERIFIER.verify(token, NONCE));

        assertEquals(reason, refusal.reason(), refusal.getMessage());
    }

    @Test
    void aLaunchWithoutTheNonceTheToolSentIsRefused() {
        assertEquals(Reason.WRONG_NONCE, assertThrows(LaunchRejected.class, () -> VERIFIER.verify(sign(valid()), null)).reason());
    }

    @Test
    void emptyRolesAreAccepted() throws Exception {
        assertEquals(List.of(), VERIFIER.verify(sign(valid().claim(LaunchClaims.LTI + "roles", List.of())), NONCE).roles());
    }

    /** What Moodle sends for a student opening the tool in a course: string aud, no email shared. */
    static JWTClaimsSet.Builder valid() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("user-17")
                .audience(CLIENT_ID)
                .issueTime(at(-5))
                .expirationTime(at(55))
                .claim("nonce", NONCE)
                .claim("name", "Siti Rahma")
                .claim(LaunchClaims.LTI + "deployment_id", "deployment-1")
                .claim(LaunchClaims.LTI + "version", "1.3.0")
                .claim(LaunchClaims.LTI + "message_type", "LtiResourceLinkRequest")
                .claim(LaunchClaims.LTI + "target_link_uri", "https://bk.sekolah.test/lti/launch")
                .claim(LaunchClaims.LTI + "resource_link", Map.of("id", "link-3", "title", "Ruang Konseling"))
                .claim(LaunchClaims.LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"))
                .claim(LaunchClaims.LTI + "context", Map.of("id", "course-9", "label", "MAT-XI", "title", "Matematika XI", "type", List.of("CourseSection")))
                .claim(LaunchClaims.LTI + "launch_presentation", Map.of("locale", "id", "document_target", "iframe"));
    }

    private static JWTClaimsSet.Builder deepLinking() {
        return valid()
                .claim(LaunchClaims.LTI + "message_type", "LtiDeepLinkingRequest")
                .claim(LaunchClaims.LTI + "resource_link", null)
                .claim(LaunchClaims.DEEP_LINKING, Map.of("deep_link_return_url", ISSUER + "/mod/lti/contentitem_return.php",
                        "accept_types", List.of("ltiResourceLink")));
    }

    private static Arguments refused(String what, String token, Reason reason) {
        return Arguments.of(what, token, reason);
    }

    private static Date at(long secondsFromNow) {
        return Date.from(NOW.plus(Duration.ofSeconds(secondsFromNow)));
    }

    static String sign(JWTClaimsSet.Builder claims) {
        return signWith(PLATFORM_KEY, PLATFORM_KEY.getKeyID(), claims);
    }

    private static String signWith(RSAKey key, String keyId, JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hs256(JWTClaimsSet.Builder claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(PLATFORM_KEY.getKeyID()).build(), claims.build());
        jwt.sign(new MACSigner("a-secret-someone-guessed-at-least-256-bits-long".getBytes()));
        return jwt.serialize();
    }

    /** A genuine token whose payload is swapped for one granting a teacher role. */
    private static String tampered() {
        String[] genuine = sign(valid()).split("\\.");
        String[] other = sign(valid().claim(LaunchClaims.LTI + "roles",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"))).split("\\.");
        return genuine[0] + "." + other[1] + "." + genuine[2];
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
