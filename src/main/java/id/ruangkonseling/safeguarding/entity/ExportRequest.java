package id.ruangkonseling.safeguarding.entity;

import id.ruangkonseling.platform.entity.Characters;
import id.ruangkonseling.platform.entity.EncryptedText;
import id.ruangkonseling.platform.entity.Invalid;
import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.platform.entity.NotPossible;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.SchoolScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A school admin's request for a student's whole file, content included, with a written reason (encrypted
 * at rest) that a counselor of the school co-signs or refuses. Co-signed, it opens the file to that admin
 * for {@link #OPEN_FOR}; the student is told who asked, who co-signed, when and why.
 */
@Entity
@Table(name = "export_request")
public class ExportRequest extends SchoolScoped {

    /** As much as a break-glass reveal asks: reading a student's words needs as good a reason as naming them. */
    public static final int REASON_MIN = IdentityReveal.REASON_MIN;
    public static final int REASON_LENGTH = IdentityReveal.REASON_LENGTH;
    /** Long enough to download the file on the day it was co-signed; a later need is a new request. */
    public static final Duration OPEN_FOR = Duration.ofHours(24);
    /** A request nobody answered in a week is no longer the need it was written for. */
    public static final Duration ANSWER_WITHIN = Duration.ofDays(7);

    /** Where a request stands at a moment. */
    public enum State { WAITING, COSIGNED, REFUSED, EXPIRED }

    /** What a counselor answered; nothing yet is {@code ASKED}. */
    enum Answer { ASKED, COSIGNED, REFUSED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Member student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "admin_id", nullable = false, updatable = false)
    private Member admin;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counselor_id", nullable = false, updatable = false)
    private Member counselor;

    @Convert(converter = EncryptedText.class)
    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false)
    private Answer answer;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ExportRequest() {
        // for JPA
    }

    /**
     * The admin asks {@code counselor} to co-sign; the counselor must be another member of the school who is a
     * counselor now, and the reason at least {@link #REASON_MIN} characters.
     */
    public ExportRequest(Member admin, Member student, Member counselor, String reason, Instant now) {
        super(admin.school());
        if (!admin.has(Role.SCHOOL_ADMIN) || !student.school().equals(admin.school())) {
            throw new IllegalArgumentException("only the student's school admin asks for their file");
        }
        if (!counselor.school().equals(admin.school()) || !counselor.has(Role.COUNSELOR)) {
            throw new Invalid("counselor", "privacy.cosign.chooseCounselor", "not a counselor of the school");
        }
        if (sameMember(counselor, admin)) {
            throw new Invalid("counselor", "privacy.cosign.notYourself", "an admin never co-signs their own request");
        }
        String written = reason == null ? "" : reason.strip();
        if (written.length() < REASON_MIN || Characters.count(written) > REASON_LENGTH) {
            throw new Invalid("reason", "privacy.cosign.reasonLength", "a reason of " + REASON_MIN + " to " + REASON_LENGTH
                    + " characters", REASON_MIN, REASON_LENGTH);
        }
        this.admin = admin;
        this.student = student;
        this.counselor = counselor;
        this.reason = written;
        this.answer = Answer.ASKED;
        this.askedAt = Objects.requireNonNull(now, "now");
    }

    /** The named counselor co-signs: the admin may download the whole file for {@link #OPEN_FOR}. */
    public void cosign(Member by, Instant now) {
        answer(by, now, Answer.COSIGNED);
    }

    /** The named counselor refuses: the admin keeps the file without written words. */
    public void refuse(Member by, Instant now) {
        answer(by, now, Answer.REFUSED);
    }

    private void answer(Member by, Instant now, Answer given) {
        if (!sameMember(by, counselor) || !by.has(Role.COUNSELOR)) {
            throw new NotFound("export request " + id() + " is not asked of member " + by.id());
        }
        if (sameMember(by, admin)) {
            throw new NotPossible("privacy.cosign.notYourself", "an admin never co-signs their own request");
        }
        if (state(now) != State.WAITING) {
            throw new NotPossible("privacy.cosign.gone", "the request is " + state(now));
        }
        this.answer = given;
        this.answeredAt = Objects.requireNonNull(now, "now");
    }

    public State state(Instant now) {
        return switch (answer) {
            case ASKED -> now.isBefore(askedAt.plus(ANSWER_WITHIN)) ? State.WAITING : State.EXPIRED;
            case COSIGNED -> now.isBefore(answeredAt.plus(OPEN_FOR)) ? State.COSIGNED : State.EXPIRED;
            case REFUSED -> State.REFUSED;
        };
    }

    /** Whether {@code reader} may download the student's whole file now: the admin who asked, co-signed, in time. */
    public boolean opensFileTo(Member reader, Instant now) {
        return sameMember(reader, admin) && state(now) == State.COSIGNED;
    }

    /** Until when a co-signed request opens the file. */
    public Optional<Instant> openUntil() {
        return answer == Answer.COSIGNED ? Optional.of(answeredAt.plus(OPEN_FOR)) : Optional.empty();
    }

    private static boolean sameMember(Member one, Member other) {
        return one == other || one.id() != null && one.id().equals(other.id());
    }

    public Member student() {
        return student;
    }

    public Member admin() {
        return admin;
    }

    public Member counselor() {
        return counselor;
    }

    public String reason() {
        return reason;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public boolean cosigned() {
        return answer == Answer.COSIGNED;
    }
}
