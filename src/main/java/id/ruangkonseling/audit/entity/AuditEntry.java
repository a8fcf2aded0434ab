package id.ruangkonseling.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit trail. Immutable: every column is insert-only, and nothing in the application
 * updates or deletes an entry.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    private static final int DETAIL_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_role", nullable = false, updatable = false)
    private String actorRole;

    @Column(name = "launch_ref", updatable = false)
    private String launchRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "subject_type", updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private String subjectId;

    @Column(name = "detail", updatable = false)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, Actor actor, AuditAction action, Subject subject, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.schoolId = actor.schoolId();
        this.actorId = actor.memberId();
        this.actorRole = actor.role();
        this.launchRef = actor.launchRef();
        this.action = Objects.requireNonNull(action, "action");
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }

    /**
     * Who acted: a member of a school in one of their roles and from one launch, or someone outside any
     * school ({@code OPERATOR}, {@code LMS} for what a platform sent, {@code SYSTEM}); null ids where unknown.
     */
    public record Actor(Long schoolId, Long memberId, String role, String launchRef) {

        public Actor {
            Objects.requireNonNull(role, "role");
        }

        public static Actor outsideSchools(String role) {
            return new Actor(null, null, role, null);
        }
    }

    /** The record acted on, by type and id; never its content. */
    public record Subject(String type, String id) {

        public static final Subject NONE = new Subject(null, null);

        public static Subject of(String type, Object id) {
            return new Subject(type, String.valueOf(id));
        }
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Optional<Long> schoolId() {
        return Optional.ofNullable(schoolId);
    }

    public Optional<Long> actorId() {
        return Optional.ofNullable(actorId);
    }

    public String actorRole() {
        return actorRole;
    }

    public Optional<String> launchRef() {
        return Optional.ofNullable(launchRef);
    }

    public AuditAction action() {
        return action;
    }

    public Optional<String> subjectType() {
        return Optional.ofNullable(subjectType);
    }

    public Optional<String> subjectId() {
        return Optional.ofNullable(subjectId);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
