package id.ruangkonseling.lti.entity;

import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.platform.entity.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An LTI 1.1 consumer key and shared secret the console issued to one school. The secret is kept as
 * issued because HMAC-SHA1 needs it to check each launch; it is never shown again, logged or listed.
 */
@Entity
@Table(name = "lti11_consumer")
public class Lti11Consumer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consumer_key", nullable = false, updatable = false)
    private String consumerKey;

    @Convert(converter = EncryptedText.class)
    @Column(name = "secret", nullable = false, updatable = false)
    private String secret;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Lti11Consumer() {
        // for JPA
    }

    public Lti11Consumer(String consumerKey, String secret, School school, Instant createdAt) {
        this.consumerKey = Objects.requireNonNull(consumerKey, "consumerKey");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.school = Objects.requireNonNull(school, "school");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public String consumerKey() {
        return consumerKey;
    }

    public String secret() {
        return secret;
    }

    public School school() {
        return school;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
