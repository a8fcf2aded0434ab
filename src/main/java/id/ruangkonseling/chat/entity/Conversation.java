package id.ruangkonseling.chat.entity;

import id.ruangkonseling.platform.entity.NotPossible;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.SchoolScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation of one student with the counselor who works their case: opened with the student's
 * request (so they can write while waiting), joined by the counselor who takes it up, handed over when
 * the case moves to another counselor, and closed when no one should write in it any more.
 */
@Entity
@Table(name = "conversation")
public class Conversation extends SchoolScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Member student;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "counselor_id")
    private Member counselor;

    /** The counseling case it belongs to once there is one; no foreign key, chat never depends on counseling. */
    @Column(name = "case_id")
    private Long caseId;

    /** Of an unnamed request: the student is shown by their pseudonym while it hides the name. */
    @Column(name = "unnamed", nullable = false, updatable = false)
    private boolean unnamed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    protected Conversation() {
        // for JPA
    }

    /** A new conversation of {@code student}, waiting for a counselor. */
    public Conversation(Member student, Instant now) {
        this(student, false, now);
    }

    /** A new conversation as above, of an {@code unnamed} request or not. */
    public Conversation(Member student, boolean unnamed, Instant now) {
        super(Objects.requireNonNull(student, "student").school());
        this.student = student;
        this.unnamed = unnamed;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** The counselor who took the student's case up joins; a conversation has one counselor at a time. */
    public void join(Member newCounselor, Long counselingCaseId) {
        if (counselor != null && !counselor.equals(newCounselor)) {
            throw new IllegalStateException("the conversation already has its counselor; hand it over instead");
        }
        this.counselor = requireCounselor(newCounselor);
        this.caseId = counselingCaseId;
    }

    /** The case moved to another counselor: from now on only they read and write here with the student. */
    public void handOver(Member otherCounselor) {
        if (counselor == null) {
            throw new IllegalStateException("no counselor has joined yet");
        }
        this.counselor = requireCounselor(otherCounselor);
    }

    /** No one writes here any more; what was said stays readable. */
    public void close(Instant now) {
        if (closedAt == null) {
            this.closedAt = Objects.requireNonNull(now, "now");
        }
    }

    /**
     * The next message's number. Callers hold this row's write lock, so numbers are handed out one
     * transaction after the other and commit in the order they were given.
     */
    public long nextSeq() {
        if (closedAt != null) {
            throw new NotPossible("chat.closed", "the conversation is closed");
        }
        return ++lastSeq;
    }

    /** The student, or the counselor who joined — while the school keeps them a counselor. */
    public boolean hasParticipant(Member member) {
        return student.equals(member) || member.equals(counselor) && member.has(Role.COUNSELOR);
    }

    /** The counselor who reads and writes here now: none before one joins or once the school released them. */
    public Optional<Member> activeCounselor() {
        return counselor().filter(joined -> joined.has(Role.COUNSELOR));
    }

    private Member requireCounselor(Member candidate) {
        Objects.requireNonNull(candidate, "counselor");
        if (!candidate.has(Role.COUNSELOR) || !candidate.school().equals(school())) {
            throw new IllegalArgumentException("only a counselor of the student's school joins their conversation");
        }
        return candidate;
    }

    public boolean isUnnamed() {
        return unnamed;
    }

    public Member student() {
        return student;
    }

    public Optional<Member> counselor() {
        return Optional.ofNullable(counselor);
    }

    public Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public long lastSeq() {
        return lastSeq;
    }
}
