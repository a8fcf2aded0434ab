package id.ruangkonseling.safeguarding.entity;

import id.ruangkonseling.platform.entity.EncryptedText;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.SchoolScoped;
import id.ruangkonseling.school.entity.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One time a pseudonym's name was revealed: by the student, or by a counselor breaking the glass in a case
 * with a written reason (encrypted at rest) that the school admin and the student read.
 */
@Entity
@Table(name = "identity_reveal")
public class IdentityReveal extends SchoolScoped {

    /** Enough to say why it could not wait for the student: a word or two is not a reason. */
    public static final int REASON_MIN = 20;
    public static final int REASON_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pseudonym_id", nullable = false, updatable = false)
    private Pseudonym pseudonym;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "counselor_id", updatable = false)
    private Member counselor;

    /** The case the counselor broke the glass in; no foreign key, safeguarding never depends on counseling. */
    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Convert(converter = EncryptedText.class)
    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "revealed_at", nullable = false, updatable = false)
    private Instant revealedAt;

    protected IdentityReveal() {
        // for JPA
    }

    private IdentityReveal(Pseudonym pseudonym, Member counselor, Long caseId, String reason, Instant now) {
        super(pseudonym.school());
        this.pseudonym = pseudonym;
        this.counselor = counselor;
        this.caseId = caseId;
        this.reason = reason;
        this.revealedAt = Objects.requireNonNull(now, "now");
        pseudonym.reveal(now);
    }

    /** The student shows their name themselves. */
    public static IdentityReveal byStudent(Pseudonym pseudonym, Instant now) {
        return new IdentityReveal(pseudonym, null, null, null, now);
    }

    /** A counselor of the school reveals the name in case {@code caseId}, with a reason of at least {@link #REASON_MIN} characters. */
    public static IdentityReveal byCounselor(Pseudonym pseudonym, Member counselor, long caseId, String reason, Instant now) {
        if (!counselor.has(Role.COUNSELOR) || !counselor.school().equals(pseudonym.school())) {
            throw new IllegalArgumentException("only a counselor of the student's school reveals their name");
        }
        String written = Text.required(reason, "reason", REASON_LENGTH);
        if (written.length() < REASON_MIN) {
            throw new IllegalArgumentException("a break-glass reason has at least " + REASON_MIN + " characters");
        }
        return new IdentityReveal(pseudonym, counselor, caseId, written, now);
    }

    public Pseudonym pseudonym() {
        return pseudonym;
    }

    public Optional<Member> counselor() {
        return Optional.ofNullable(counselor);
    }

    public Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Instant revealedAt() {
        return revealedAt;
    }
}
