package id.ruangkonseling.lti.entity;

import id.ruangkonseling.lti.entity.PlatformRegistration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An LMS installation registered with the tool (by dynamic registration or by hand): who it is, the
 * client id it gave the tool, and its OIDC login, token and key addresses. Its deployments are schools.
 */
@Entity
@Table(name = "lti_platform")
public class LtiPlatform {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuer", nullable = false, updatable = false)
    private String issuer;

    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;

    @Column(name = "auth_login_url", nullable = false)
    private String authLoginUrl;

    @Column(name = "auth_token_url", nullable = false)
    private String authTokenUrl;

    @Column(name = "jwks_url", nullable = false)
    private String jwksUrl;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected LtiPlatform() {
        // for JPA
    }

    public LtiPlatform(String issuer, String clientId, URI authLoginUrl, URI authTokenUrl, URI jwksUrl, Instant registeredAt) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.authLoginUrl = absolute(authLoginUrl).toString();
        this.authTokenUrl = absolute(authTokenUrl).toString();
        this.jwksUrl = absolute(jwksUrl).toString();
    }

    /** The platform's addresses changed (it registered again, or moved): the same platform, new endpoints. */
    public void moveTo(URI newAuthLoginUrl, URI newAuthTokenUrl, URI newJwksUrl) {
        this.authLoginUrl = absolute(newAuthLoginUrl).toString();
        this.authTokenUrl = absolute(newAuthTokenUrl).toString();
        this.jwksUrl = absolute(newJwksUrl).toString();
    }

    private static URI absolute(URI url) {
        if (url == null || !url.isAbsolute() || url.getHost() == null) {
            throw new IllegalArgumentException("a platform address must be absolute: " + url);
        }
        return url;
    }

    /** What the launch verification needs to know of this platform and its registered deployments. */
    public PlatformRegistration registration(Set<String> deploymentIds) {
        return new PlatformRegistration(issuer, clientId, jwksUrl(), deploymentIds);
    }

    public Long id() {
        return id;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public URI authLoginUrl() {
        return URI.create(authLoginUrl);
    }

    public URI authTokenUrl() {
        return URI.create(authTokenUrl);
    }

    public URI jwksUrl() {
        return URI.create(jwksUrl);
    }
}
