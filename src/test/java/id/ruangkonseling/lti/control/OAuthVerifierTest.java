package id.ruangkonseling.lti.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an LTI 1.1 launch's OAuth part must be to pass: HMAC-SHA1, OAuth 1.0, the right secret, on time. */
class OAuthVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    private static final URI LAUNCH = URI.create("https://bk.sekolah.sch.id/lti/launch");
    private static final String SECRET = "rahasia";

    private final OAuthVerifier verifier = new OAuthVerifier(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSignedLaunchOnTimePasses() {
        assertDoesNotThrow(() -> verifier.verify(signed(form(NOW)), LAUNCH, SECRET));
    }

    @Test
    void fiveMinutesEitherWayIsOnTimeAndMoreIsStale() {
        assertDoesNotThrow(() -> verifier.verify(signed(form(NOW.minus(OAuthVerifier.WINDOW))), LAUNCH, SECRET));
        assertDoesNotThrow(() -> verifier.verify(signed(form(NOW.plus(OAuthVerifier.WINDOW))), LAUNCH, SECRET));
        assertRefused(Reason.STALE_TIMESTAMP, signed(form(NOW.minus(OAuthVerifier.WINDOW).minusSeconds(1))));
        assertRefused(Reason.STALE_TIMESTAMP, signed(form(NOW.plus(Duration.ofHours(1)))));
    }

    @Test
    void anotherSecretOrUrlIsABadSignature() {
        assertEquals(Reason.BAD_OAUTH_SIGNATURE, assertThrows(LaunchRejected.class,
                () -> verifier.verify(signed(form(NOW)), LAUNCH, "tebakan")).reason());
        assertEquals(Reason.BAD_OAUTH_SIGNATURE, assertThrows(LaunchRejected.class,
                () -> verifier.verify(signed(form(NOW)), URI.create("http://bk.sekolah.sch.id/lti/launch"), SECRET)).reason());
    }

    @Test
    void onlyHmacSha1AndOAuth10AreAccepted() {
        Map<String, List<String>> plaintext = form(NOW);
        plaintext.put("oauth_signature_method", List.of("PLAINTEXT"));
        assertRefused(Reason.UNSUPPORTED_SIGNATURE_METHOD, signed(plaintext));
        Map<String, List<String>> version2 = form(NOW);
        version2.put("oauth_version", List.of("2.0"));
        assertRefused(Reason.UNSUPPORTED_SIGNATURE_METHOD, signed(version2));
        Map<String, List<String>> noVersion = form(NOW);
        noVersion.remove("oauth_version");
        assertDoesNotThrow(() -> verifier.verify(signed(noVersion), LAUNCH, SECRET));
    }

    @Test
    void aTimestampThatIsNotSecondsIsUnreadable() {
        Map<String, List<String>> form = form(NOW);
        form.put("oauth_timestamp", List.of("kemarin"));
        assertRefused(Reason.INCOMPLETE_LTI11_LAUNCH, signed(form));
    }

    @Test
    void aRepeatedOAuthParameterIsUnreadable() {
        Map<String, List<String>> form = form(NOW);
        form.put("oauth_signature_method", List.of("HMAC-SHA1", "PLAINTEXT"));
        assertRefused(Reason.INCOMPLETE_LTI11_LAUNCH, signed(form));
    }

    private void assertRefused(Reason reason, Lti11Form form) {
        assertEquals(reason, assertThrows(LaunchRejected.class, () -> verifier.verify(form, LAUNCH, SECRET)).reason());
    }

    private static Map<String, List<String>> form(Instant timestamp) {
        Map<String, List<String>> form = new HashMap<>();
        form.put("lti_version", List.of("LTI-1p0"));
        form.put("user_id", List.of("17"));
        form.put("oauth_consumer_key", List.of("moodle"));
        form.put("oauth_signature_method", List.of("HMAC-SHA1"));
        form.put("oauth_version", List.of("1.0"));
        form.put("oauth_nonce", List.of("n-1"));
        form.put("oauth_timestamp", List.of(Long.toString(timestamp.getEpochSecond())));
        return form;
    }

    private static Lti11Form signed(Map<String, List<String>> form) {
        form.put("oauth_signature", List.of(OAuthSignature.sign(OAuthSignature.baseString("POST", LAUNCH, form), SECRET, "")));
        return new Lti11Form(form);
    }
}
