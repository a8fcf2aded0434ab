package id.ruangkonseling.lti.entity;

import id.ruangkonseling.platform.entity.Secrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A login a platform started with the tool (OIDC third-party initiation): the {@code state} and
 * {@code nonce} the tool sent to the platform, which its launch must bring back once, soon.
 */
@Entity
@Table(name = "lti_login")
public class LoginRequest {

    /** Long enough for a person at the LMS's login page; Moodle answers in well under a minute. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    @Id
    @Column(name = "state", nullable = false, updatable = false)
    private String state;

    @Column(name = "nonce", nullable = false, updatable = false)
    private String nonce;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_id", nullable = false, updatable = false)
    private LtiPlatform platform;

    @Column(name = "target_link_uri", nullable = false, updatable = false)
    private String targetLinkUri;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected LoginRequest() {
        // for JPA
    }

    /** A new login for {@code platform}, with a fresh unguessable state and nonce. */
    public LoginRequest(LtiPlatform platform, URI targetLinkUri, Instant now) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.targetLinkUri = targetLinkUri.toString();
        this.state = Secrets.random();
        this.nonce = Secrets.random();
        this.expiresAt = now.plus(LIFETIME);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public String state() {
        return state;
    }

    public String nonce() {
        return nonce;
    }

    public LtiPlatform platform() {
        return platform;
    }

    public URI targetLinkUri() {
        return URI.create(targetLinkUri);
    }
}
