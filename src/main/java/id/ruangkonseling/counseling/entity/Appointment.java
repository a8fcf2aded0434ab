package id.ruangkonseling.counseling.entity;

import id.ruangkonseling.platform.entity.EncryptedText;
import id.ruangkonseling.platform.entity.Invalid;
import id.ruangkonseling.platform.entity.NotPossible;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.SchoolScoped;
import id.ruangkonseling.school.entity.Text;
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
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A booked time (janji temu) between a student and a counselor of their school: booked → rescheduled
 * (as often as needed) → done, or cancelled with a reason by either of them. While it is not cancelled it
 * holds its time: the column {@code slot_hold} is set, and the database's unique key on (counselor,
 * start, hold) refuses a second appointment at that time, also when two are booked at once. Cancelling
 * clears the hold, which frees the time.
 */
@Entity
@Table(name = "appointment")
public class Appointment extends SchoolScoped {

    public static final int REASON_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Member student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counselor_id", nullable = false, updatable = false)
    private Member counselor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "counseling_case_id", updatable = false)
    private CounselingCase counselingCase;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_mode", nullable = false, updatable = false)
    private ContactMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AppointmentStatus status;

    /** TRUE while the appointment holds its time, NULL once cancelled: unique with counselor and start. */
    @Column(name = "slot_hold")
    private Boolean slotHold;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** How often it was moved: a calendar takes a new .ics as a change of the same event. */
    @Column(name = "revision", nullable = false)
    private int revision;

    @Convert(converter = EncryptedText.class)
    @Column(name = "cancel_reason")
    private String cancelReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cancelled_by")
    private Member cancelledBy;

    @Convert(converter = EncryptedText.class)
    @Column(name = "reschedule_reason")
    private String rescheduleReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rescheduled_by")
    private Member rescheduledBy;

    protected Appointment() {
        // for JPA
    }

    /** Made by {@link AvailabilitySlot#book}, which checks the time is one of the counselor's. */
    Appointment(Member student, Member counselor, CounselingCase openCase, Instant start, Duration length,
                ContactMode mode, Instant now) {
        super(Objects.requireNonNull(student, "student").school());
        if (!student.has(Role.STUDENT)) {
            throw new IllegalArgumentException("only a student books an appointment");
        }
        if (!counselor.has(Role.COUNSELOR) || !counselor.school().equals(student.school())) {
            throw new IllegalArgumentException("an appointment is with a counselor of the student's school");
        }
        if (openCase != null && !same(openCase.student(), student)) {
            throw new IllegalArgumentException("an appointment belongs only to its student's own case");
        }
        this.student = student;
        this.counselor = counselor;
        this.counselingCase = openCase;
        this.startsAt = start;
        this.endsAt = start.plus(length);
        this.mode = Objects.requireNonNull(mode, "mode");
        this.status = AppointmentStatus.BOOKED;
        this.slotHold = Boolean.TRUE;
        this.bookedAt = Objects.requireNonNull(now, "now");
        this.changedAt = now;
    }

    /**
     * Moves it to another occurrence of one of the same counselor's slots that offers the same way to meet;
     * the student or the counselor does so, with a reason the other one reads.
     */
    public void rescheduleTo(AvailabilitySlot slot, Instant newStart, Member by, String reason, ZoneId zone, Instant now) {
        requireOpenAndAhead(by, now);
        String required = Text.required(reason, "reason", REASON_LENGTH);
        if (!same(slot.counselor(), counselor)) {
            throw new Invalid("time", "appointments.gone", "an appointment moves only to a time of the same counselor");
        }
        if (newStart.equals(startsAt)) {
            throw new Invalid("time", "appointments.gone", "the appointment is already at " + newStart);
        }
        slot.requireBookable(newStart, mode, zone, now);
        this.startsAt = newStart;
        this.endsAt = newStart.plus(slot.length());
        this.status = AppointmentStatus.RESCHEDULED;
        this.revision++;
        this.rescheduleReason = required;
        this.rescheduledBy = by;
        this.changedAt = now;
    }

    /** The student or the counselor cancels it, with a reason the other one reads; its time is free again. */
    public void cancel(Member by, String reason, Instant now) {
        requireOpenAndAhead(by, now);
        this.cancelReason = Text.required(reason, "reason", REASON_LENGTH);
        this.cancelledBy = by;
        this.status = AppointmentStatus.CANCELLED;
        this.slotHold = null;
        this.revision++;
        this.changedAt = now;
    }

    /** The counselor notes that it took place; only once it has begun. */
    public void markDone(Member by, Instant now) {
        if (!same(by, counselor)) {
            throw new IllegalArgumentException("only the appointment's counselor marks it done");
        }
        requireOpen();
        if (now.isBefore(startsAt)) {
            throw new NotPossible("appointments.gone", "an appointment that has not begun is not done");
        }
        this.status = AppointmentStatus.DONE;
        this.changedAt = now;
    }

    /** Whether {@code member} is its student or its counselor: nobody else sees or changes it. */
    public boolean involves(Member member) {
        return same(member, student) || same(member, counselor);
    }

    /** Whether the other person changed it last: the one who did not cancel or move it should hear of it. */
    public boolean wasChangedBy(Member member) {
        Member last = status == AppointmentStatus.CANCELLED ? cancelledBy : rescheduledBy;
        return last != null && same(last, member);
    }

    private void requireOpenAndAhead(Member by, Instant now) {
        if (!involves(Objects.requireNonNull(by, "by"))) {
            throw new IllegalArgumentException("only the student or the counselor changes their appointment");
        }
        requireOpen();
        if (!now.isBefore(startsAt)) {
            throw new NotPossible("appointments.gone", "an appointment that has begun can no longer be moved or cancelled");
        }
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new NotPossible("appointments.gone", "the appointment is already " + status);
        }
    }

    /** The same member: one instance in a persistence context or a unit test, or the same stored id. */
    static boolean same(Member one, Member other) {
        return one == other || one != null && other != null && one.id() != null && one.id().equals(other.id());
    }

    public Member student() {
        return student;
    }

    public Member counselor() {
        return counselor;
    }

    public Optional<CounselingCase> counselingCase() {
        return Optional.ofNullable(counselingCase);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public ContactMode mode() {
        return mode;
    }

    public AppointmentStatus status() {
        return status;
    }

    public boolean holdsItsTime() {
        return Boolean.TRUE.equals(slotHold);
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public int revision() {
        return revision;
    }

    public Optional<String> cancelReason() {
        return Optional.ofNullable(cancelReason);
    }

    public Optional<Member> cancelledBy() {
        return Optional.ofNullable(cancelledBy);
    }

    public Optional<String> rescheduleReason() {
        return Optional.ofNullable(rescheduleReason);
    }

    public Optional<Member> rescheduledBy() {
        return Optional.ofNullable(rescheduledBy);
    }
}
