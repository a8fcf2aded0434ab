package id.ruangkonseling.lti.entity;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform's Deep Linking request, offered to the teacher until they choose: what the response must
 * name (platform, client, deployment), where it goes, and the opaque {@code data} it must echo.
 */
public final class DeepLinkRequest {

    private final String issuer;
    private final String clientId;
    private final String deploymentId;
    private final URI returnUrl;
    private final String data;

    public DeepLinkRequest(String issuer, String clientId, String deploymentId, URI returnUrl, Optional<String> data) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.deploymentId = Objects.requireNonNull(deploymentId, "deploymentId");
        this.returnUrl = Objects.requireNonNull(returnUrl, "returnUrl");
        this.data = data.orElse(null);
    }

    /** The platform's issuer: the response's audience. */
    public String issuer() {
        return issuer;
    }

    /** The tool's client id at the platform: the response's issuer. */
    public String clientId() {
        return clientId;
    }

    public String deploymentId() {
        return deploymentId;
    }

    /** {@code deep_link_return_url}: where the browser posts the response. */
    public URI returnUrl() {
        return returnUrl;
    }

    /** The request's {@code data}, which the platform wants back unchanged. */
    public Optional<String> data() {
        return Optional.ofNullable(data);
    }
}
