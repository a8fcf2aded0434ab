package id.ruangkonseling.lti.entity;

import id.ruangkonseling.platform.entity.Secrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-time invitation for one school to register its LMS by dynamic registration. The tool keeps
 * only a hash of the invitation's secret, so a copy of the database cannot register anyone.
 */
@Entity
@Table(name = "lti_invitation")
public class RegistrationInvitation {

    /** Long enough for an operator's e-mail to reach the LMS admin and be acted on. */
    public static final Duration LIFETIME = Duration.ofDays(7);

    @Id
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "school_name", nullable = false, updatable = false)
    private String schoolName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "used_by")
    private String usedBy;

    protected RegistrationInvitation() {
        // for JPA
    }

    private RegistrationInvitation(String token, String schoolName, Instant now) {
        this.tokenHash = hash(token);
        this.schoolName = Objects.requireNonNull(schoolName, "schoolName");
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    /** A new invitation and its secret, which is shown once and never stored. */
    public static Issued issue(String schoolName, Instant now) {
        String token = Secrets.random();
        return new Issued(new RegistrationInvitation(token, schoolName, now), token);
    }

    /** The invitation and the one copy of its secret. */
    public record Issued(RegistrationInvitation invitation, String token) {
    }

    /** The key under which the invitation with this secret is stored. */
    public static String hash(String token) {
        return Secrets.hash(token);
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** The platform {@code issuer} registered with it; no one can register with it again. */
    public void useUp(String issuer, Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("the invitation was used or has expired");
        }
        this.usedAt = now;
        this.usedBy = issuer;
    }

    public String schoolName() {
        return schoolName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> usedAt() {
        return Optional.ofNullable(usedAt);
    }

    public Optional<String> usedBy() {
        return Optional.ofNullable(usedBy);
    }
}
