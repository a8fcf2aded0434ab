package id.ruangkonseling.lti.entity;

import id.ruangkonseling.platform.entity.Secrets;
import id.ruangkonseling.school.entity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A launch's way into a new window: when the browser keeps no cookies inside the LMS's iframe, the
 * person opens the tool in a window of its own with this ticket and is signed in there. Single use,
 * short-lived, and kept only as a hash.
 */
@Entity
@Table(name = "lti_ticket")
public class LaunchTicket {

    /** Long enough to read one sentence and press one button. */
    public static final Duration LIFETIME = Duration.ofMinutes(2);

    @Id
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "roles", nullable = false, updatable = false)
    private String roles;

    @Column(name = "language", updatable = false)
    private String language;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected LaunchTicket() {
        // for JPA
    }

    private LaunchTicket(String token, Long memberId, Set<Role> roles, String language, Instant now) {
        this.tokenHash = Secrets.hash(token);
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.language = language;
        this.expiresAt = now.plus(LIFETIME);
    }

    /** A new ticket for the member a launch signed in with these roles, and its secret, which only the browser gets. */
    public static Issued issue(Long memberId, Set<Role> roles, Optional<String> language, Instant now) {
        String token = Secrets.random();
        return new Issued(new LaunchTicket(token, memberId, roles, language.orElse(null), now), token);
    }

    /** The ticket and the one copy of its secret. */
    public record Issued(LaunchTicket ticket, String token) {
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Long memberId() {
        return memberId;
    }

    /** The roles of the launch the ticket continues. */
    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }
}
