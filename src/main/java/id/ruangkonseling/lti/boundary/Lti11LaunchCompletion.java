package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.Launch;
import id.ruangkonseling.lti.control.LaunchAdmission;
import id.ruangkonseling.lti.control.LaunchRejected;
import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import id.ruangkonseling.lti.control.LaunchedMember;
import id.ruangkonseling.lti.control.Lti11Consumers;
import id.ruangkonseling.lti.control.Lti11Form;
import id.ruangkonseling.lti.control.Lti11LaunchFields;
import id.ruangkonseling.lti.control.Lti11Nonces;
import id.ruangkonseling.lti.control.OAuthVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Finishes an LTI 1.1 launch: checks the consumer's OAuth 1.0a signature, timestamp and nonce, then
 * lets the person into the consumer's school as an LTI 1.3 launch would.
 */
@ApplicationScoped
public class Lti11LaunchCompletion {

    @Inject
    Lti11Consumers consumers;

    @Inject
    Lti11Nonces nonces;

    @Inject
    LaunchAdmission admission;

    Clock clock = Clock.systemUTC();

    /**
     * {@code launchUrl}: the public address of {@code /lti/launch}, the URL the LMS signed. A refused
     * launch rolls back, the nonce too: a failed insert of a used nonce leaves the transaction unusable.
     */
    @Transactional(rollbackOn = LaunchRejected.class)
    public LaunchedMember complete(Map<String, String[]> posted, URI launchUrl) throws LaunchRejected {
        Instant now = clock.instant();
        Lti11Form form = Lti11Form.of(posted);
        String consumerKey = form.required("oauth_consumer_key");
        String secret = consumers.secretOf(consumerKey).orElseThrow(
                () -> new LaunchRejected(Reason.UNKNOWN_CONSUMER_KEY, "no LTI 1.1 consumer has the key that was sent"));
        new OAuthVerifier(clock).verify(form, launchUrl, secret);
        Launch launch = Lti11LaunchFields.launch(form, consumerKey, launchUrl);
        nonces.useUp(consumerKey, form.required("oauth_nonce"), now);
        return admission.admit(consumers.school(consumerKey, form.value("tool_consumer_instance_name"), now), launch,
                Optional.empty(), now);
    }
}
