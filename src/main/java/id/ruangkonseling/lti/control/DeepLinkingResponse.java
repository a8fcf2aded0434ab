package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.entity.DeepLinkRequest;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tool's answer to a Deep Linking request: an {@code LtiDeepLinkingResponse} JWT signed with the
 * tool's current key, carrying the one resource link the teacher chose, or none when they cancelled.
 */
public final class DeepLinkingResponse {

    private static final String LTI = LaunchClaims.LTI;
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final RSAKey signingKey;
    private final Clock clock;

    public DeepLinkingResponse(RSAKey signingKey, Clock clock) {
        this.signingKey = signingKey;
        this.clock = clock;
    }

    /** A resource link as the course shows it: its title and text, and the launch URL it opens. */
    public record ResourceLink(ToolPlace place, String title, String text, URI launchUrl) {

        Map<String, Object> contentItem() {
            return Map.of("type", "ltiResourceLink", "title", title, "text", text, "url", launchUrl.toString(),
                    "custom", place.custom());
        }
    }

    /** The signed response; an empty {@code link} says the teacher added nothing. */
    public String sign(DeepLinkRequest request, Optional<ResourceLink> link) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(request.clientId())
                .audience(request.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LTI + "deployment_id", request.deploymentId())
                .claim(LTI + "message_type", "LtiDeepLinkingResponse")
                .claim(LTI + "version", "1.3.0")
                .claim(DL + "content_items", link.map(ResourceLink::contentItem).map(List::of).orElse(List.of()));
        request.data().ifPresent(data -> claims.claim(DL + "data", data));
        return ToolSignature.sign(signingKey, claims.build());
    }
}
