package id.ruangkonseling.counseling.entity;

import id.ruangkonseling.safeguarding.entity.CrisisSource;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.SchoolScoped;
import id.ruangkonseling.school.entity.Text;
import id.ruangkonseling.platform.entity.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A student's counseling case, worked by one counselor of their school: new → active ⇄ waiting → closed
 * (with an outcome), and reopened when needed. Every step checks that it is allowed; an illegal one throws.
 */
@Entity
@Table(name = "counseling_case")
public class CounselingCase extends SchoolScoped {

    public static final int OUTCOME_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Member student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counselor_id", nullable = false)
    private Member counselor;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CaseStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** Opened from an unnamed request: counselors see the student's pseudonym while it hides the name. */
    @Column(name = "unnamed", nullable = false, updatable = false)
    private boolean unnamed;

    @Convert(converter = EncryptedText.class)
    @Column(name = "outcome")
    private String outcome;

    /** When and in which kind of text the student's words last matched the crisis lexicon; null while they never did. */
    @Embedded
    private CrisisMark crisis;

    protected CounselingCase() {
        // for JPA
    }

    /** A new case of {@code student}, worked by {@code counselor}: both of the same school. */
    public CounselingCase(Member student, Member counselor, Instant now) {
        this(student, counselor, false, now);
    }

    /** A new case as above, {@code unnamed} when its request was. */
    public CounselingCase(Member student, Member counselor, boolean unnamed, Instant now) {
        super(Objects.requireNonNull(student, "student").school());
        this.student = student;
        this.counselor = requireCounselorOf(student, counselor);
        this.status = CaseStatus.NEW;
        this.openedAt = Objects.requireNonNull(now, "now");
        this.changedAt = now;
        this.unnamed = unnamed;
    }

    public void activate(Instant now) {
        moveTo(CaseStatus.ACTIVE, now);
    }

    /** Waiting for the student, or for a follow-up date. */
    public void waitFor(Instant now) {
        moveTo(CaseStatus.WAITING, now);
    }

    /** Closes the case with what came of it, in the counselor's words (never shown to teachers or admins). */
    public void close(String outcomeText, Instant now) {
        String required = Text.required(outcomeText, "outcome", OUTCOME_LENGTH);
        moveTo(CaseStatus.CLOSED, now);
        this.outcome = required;
    }

    /** Opens a closed case again: the outcome stays on record until it is closed anew. */
    public void reopen(Instant now) {
        if (status != CaseStatus.CLOSED) {
            throw new IllegalStateException("only a closed case can be reopened; this one is " + status);
        }
        this.status = CaseStatus.ACTIVE;
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    /** Hands the open case to another counselor of the school. */
    public void assignTo(Member otherCounselor, Instant now) {
        requireOpen("handed over");
        this.counselor = requireCounselorOf(student, otherCounselor);
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * The case's counselor writes down a session; a closed case takes no notes until it is reopened. The
     * note is the caller's to persist.
     */
    public CaseNote writeNote(Member author, NoteContent content, Instant now) {
        if (!isWorkedBy(author)) {
            throw new IllegalArgumentException("only the case's counselor writes its notes");
        }
        requireOpen("written in");
        return new CaseNote(this, author, content, now);
    }

    private void requireOpen(String step) {
        if (status == CaseStatus.CLOSED) {
            throw new IllegalStateException("a closed case cannot be " + step + "; reopen it first");
        }
    }

    /**
     * The student's words matched the crisis lexicon: the case is marked urgent for every counselor of the
     * school, with when and from which kind of text (the latest, if it happens again).
     */
    public void escalate(CrisisSource source, Instant now) {
        this.crisis = new CrisisMark(source, now);
    }

    /** When and from which kind of text it was last escalated as a crisis; empty if never (also after a load). */
    public Optional<CrisisMark> crisis() {
        return Optional.ofNullable(crisis).filter(CrisisMark::isComplete);
    }

    public boolean isWorkedBy(Member member) {
        return counselor.equals(member);
    }

    private void moveTo(CaseStatus next, Instant now) {
        if (!status.allows(next)) {
            throw new IllegalStateException("a " + status + " case cannot become " + next);
        }
        this.status = next;
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    private static Member requireCounselorOf(Member student, Member counselor) {
        Objects.requireNonNull(counselor, "counselor");
        if (!counselor.has(Role.COUNSELOR) || !counselor.school().equals(student.school())) {
            throw new IllegalArgumentException("only a counselor of the student's school can work their case");
        }
        return counselor;
    }

    public boolean isUnnamed() {
        return unnamed;
    }

    public Member student() {
        return student;
    }

    public Member counselor() {
        return counselor;
    }

    public CaseStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Optional<String> outcome() {
        return Optional.ofNullable(outcome);
    }
}
