package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks the OAuth 1.0a part of an LTI 1.1 launch: HMAC-SHA1 over the URL the LMS posted to, by a
 * consumer whose secret the tool knows, with a timestamp within five minutes of the tool's clock. The
 * nonce's single use is {@link Lti11Nonces}'s, since it needs the database.
 */
public final class OAuthVerifier {

    /** How far the LMS's clock may be from ours either way; a nonce must be kept at least this long. */
    public static final Duration WINDOW = Duration.ofMinutes(5);

    private final Clock clock;

    public OAuthVerifier(Clock clock) {
        this.clock = clock;
    }

    /** {@code launchUrl}: the public address the form was posted to, as the LMS saw it (RK_PUBLIC_URL). */
    public void verify(Lti11Form form, URI launchUrl, String consumerSecret) throws LaunchRejected {
        String method = form.required("oauth_signature_method");
        if (!"HMAC-SHA1".equals(method) || !form.value("oauth_version").orElse("1.0").equals("1.0")) {
            throw new LaunchRejected(Reason.UNSUPPORTED_SIGNATURE_METHOD,
                    "signature method " + method + ", OAuth version " + form.value("oauth_version").orElse("(none)"));
        }
        String signature = form.required(OAuthSignature.SIGNATURE);
        Instant sent = timestamp(form.required("oauth_timestamp"));
        form.required("oauth_nonce"); // checked for presence and uniqueness here; used up by Lti11Nonces
        String baseString = OAuthSignature.baseString("POST", launchUrl, form.parameters());
        if (!OAuthSignature.matches(signature, baseString, consumerSecret, "")) {
            // the URL is worth logging: behind a proxy without RK_PUBLIC_URL it is the usual culprit
            throw new LaunchRejected(Reason.BAD_OAUTH_SIGNATURE, "the signature does not match a POST to " + launchUrl);
        }
        requireFresh(sent);
    }

    private static Instant timestamp(String seconds) throws LaunchRejected {
        try {
            return Instant.ofEpochSecond(Long.parseLong(seconds));
        } catch (RuntimeException notSeconds) { // NumberFormatException, or DateTimeException out of range
            throw new LaunchRejected(Reason.INCOMPLETE_LTI11_LAUNCH, "oauth_timestamp is not a number of seconds");
        }
    }

    private void requireFresh(Instant sent) throws LaunchRejected {
        Duration off = Duration.between(clock.instant(), sent).abs();
        if (off.compareTo(WINDOW) > 0) {
            throw new LaunchRejected(Reason.STALE_TIMESTAMP, "oauth_timestamp is " + off.toSeconds() + " s off");
        }
    }
}
