package id.ruangkonseling.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An {@code oauth_nonce} an LTI 1.1 consumer has used; the table's unique key (consumer, nonce) is what
 * makes a replayed launch fail on every instance.
 */
@Entity
@Table(name = "lti11_nonce")
public class Lti11Nonce {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consumer_key", nullable = false, updatable = false)
    private String consumerKey;

    @Column(name = "nonce", nullable = false, updatable = false)
    private String nonce;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected Lti11Nonce() {
        // for JPA
    }

    public Lti11Nonce(String consumerKey, String nonce, Instant expiresAt) {
        this.consumerKey = Objects.requireNonNull(consumerKey, "consumerKey");
        this.nonce = Objects.requireNonNull(nonce, "nonce");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
