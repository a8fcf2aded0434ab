package id.ruangkonseling.referral.entity;

import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.SchoolScoped;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import id.ruangkonseling.platform.entity.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.stream.Stream;

/**
 * A teacher's referral of a student to the school's counselors (alih tangan kasus). Moves only forward,
 * received → accepted → in progress → closed, keeping when each step happened; any other step throws.
 */
@Entity
@Table(name = "referral")
public class Referral extends SchoolScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id", nullable = false, updatable = false)
    private Member teacher;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Member student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private CourseContext course;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_field", nullable = false, updatable = false)
    private ServiceField field;

    @Convert(converter = EncryptedText.class)
    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Convert(converter = EncryptedText.class)
    @Column(name = "observations", nullable = false, updatable = false)
    private String observations;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false, updatable = false)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "student_knows", nullable = false, updatable = false)
    private StudentKnows studentKnows;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ReferralStatus status;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accepted_by")
    private Member acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The counseling case it was merged into; opaque here, since referral never reaches up to counseling. */
    @Column(name = "case_id")
    private Long caseId;

    protected Referral() {
        // for JPA
    }

    /** A referral of {@code student}, a learner of {@code course}, by its teacher: received now. */
    public Referral(Member teacher, Member student, CourseContext course, ReferralContent content, Instant at) {
        super(course.school());
        if (!teacher.school().equals(course.school()) || !student.school().equals(course.school())) {
            throw new IllegalArgumentException("a referral stays within one school");
        }
        this.teacher = teacher;
        this.student = student;
        this.course = course;
        this.field = content.field();
        this.reason = content.reason();
        this.observations = content.observations();
        this.urgency = content.urgency();
        this.studentKnows = content.studentKnows();
        this.status = ReferralStatus.RECEIVED;
        this.receivedAt = Objects.requireNonNull(at, "at");
    }

    /** A counselor of the school takes the referral on. */
    public void accept(Member counselor, Instant at) {
        if (!counselor.school().equals(school()) || !counselor.has(Role.COUNSELOR)) {
            throw new IllegalArgumentException("only a counselor of the referral's school accepts it");
        }
        move(ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED);
        this.acceptedBy = counselor;
        this.acceptedAt = Objects.requireNonNull(at, "at");
    }

    /** The counselor starts working with the student. */
    public void startWork(Instant at) {
        move(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS);
        this.startedAt = Objects.requireNonNull(at, "at");
    }

    /** The counselor is done with it, worked on or settled at once; a closed referral never moves again. */
    public void close(Instant at) {
        if (status == ReferralStatus.RECEIVED || status == ReferralStatus.CLOSED) {
            throw new IllegalStateException("a referral " + status + " cannot be closed");
        }
        this.status = ReferralStatus.CLOSED;
        this.closedAt = Objects.requireNonNull(at, "at");
    }

    /** Joins an accepted referral to the student's case, once: the case is counseling's, known here by id. */
    public void mergeInto(long counselingCaseId) {
        if (status == ReferralStatus.RECEIVED || status == ReferralStatus.CLOSED || caseId != null) {
            throw new IllegalStateException("a referral " + status + (caseId == null ? "" : " in a case") + " cannot be merged");
        }
        this.caseId = counselingCaseId;
    }

    private void move(ReferralStatus from, ReferralStatus to) {
        if (status != from) {
            throw new IllegalStateException("a referral " + status + " cannot become " + to);
        }
        this.status = to;
    }

    /** When the status last changed: what the teacher's list shows next to it. */
    public Instant statusChangedAt() {
        return Stream.of(closedAt, startedAt, acceptedAt).filter(Objects::nonNull).findFirst().orElse(receivedAt);
    }

    public Member teacher() {
        return teacher;
    }

    public Member student() {
        return student;
    }

    public CourseContext course() {
        return course;
    }

    public ReferralContent content() {
        return new ReferralContent(field, reason, observations, urgency, studentKnows);
    }

    public ReferralStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<Member> acceptedBy() {
        return Optional.ofNullable(acceptedBy);
    }

    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }
}
