package id.ruangkonseling.lti.entity;

import id.ruangkonseling.lti.entity.DeepLinkRequest;
import id.ruangkonseling.platform.entity.Secrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A Deep Linking request offered to the teacher who launched it: its token, in the chooser's address and
 * form, is what lets them answer it, with or without a session cookie. Answered once; kept as a hash.
 */
@Entity
@Table(name = "lti_deep_link_offer")
public class DeepLinkOffer {

    /** Long enough to read two choices, short enough that a forgotten tab cannot answer tomorrow. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);

    @Id
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "issuer", nullable = false, updatable = false)
    private String issuer;

    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;

    @Column(name = "deployment_id", nullable = false, updatable = false)
    private String deploymentId;

    @Column(name = "return_url", nullable = false, updatable = false)
    private String returnUrl;

    @Column(name = "data", updatable = false)
    private String data;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected DeepLinkOffer() {
        // for JPA
    }

    private DeepLinkOffer(String token, DeepLinkRequest request, Instant now) {
        this.tokenHash = Secrets.hash(token);
        this.issuer = request.issuer();
        this.clientId = request.clientId();
        this.deploymentId = request.deploymentId();
        this.returnUrl = request.returnUrl().toString();
        this.data = request.data().orElse(null);
        this.expiresAt = now.plus(LIFETIME);
    }

    /** A new offer of {@code request} and its token, which only the teacher's browser gets. */
    public static Issued issue(DeepLinkRequest request, Instant now) {
        String token = Secrets.random();
        return new Issued(new DeepLinkOffer(token, request, now), token);
    }

    /** The offer and the one copy of its token. */
    public record Issued(DeepLinkOffer offer, String token) {
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public DeepLinkRequest request() {
        return new DeepLinkRequest(issuer, clientId, deploymentId, URI.create(returnUrl), Optional.ofNullable(data));
    }
}
