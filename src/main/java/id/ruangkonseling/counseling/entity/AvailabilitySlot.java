package id.ruangkonseling.counseling.entity;

import id.ruangkonseling.platform.entity.Invalid;
import id.ruangkonseling.platform.entity.NotPossible;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.SchoolScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A counselor's weekly time for appointments (jadwal): a day of the week, a start time in the school's
 * time zone, a length, and how they can meet then. Each week it occurs once; a student books one
 * occurrence through {@link #book}. Removing a slot keeps the appointments already booked in it.
 */
@Entity
@Table(name = "availability_slot")
public class AvailabilitySlot extends SchoolScoped {

    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 240;
    /** Ways to meet at a time; messages are written whenever, so they need no appointment. */
    public static final Set<ContactMode> MODES = EnumSet.of(ContactMode.FACE_TO_FACE, ContactMode.VIDEO, ContactMode.CHAT);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counselor_id", nullable = false, updatable = false)
    private Member counselor;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, updatable = false)
    private DayOfWeek day;

    @Column(name = "start_time", nullable = false, updatable = false)
    private LocalTime start;

    @Column(name = "length_minutes", nullable = false, updatable = false)
    private int minutes;

    @Column(name = "modes", nullable = false, updatable = false)
    private String modes;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected AvailabilitySlot() {
        // for JPA
    }

    /** A weekly slot of {@code counselor}; it must end on the day it starts and offer at least one way to meet. */
    public AvailabilitySlot(Member counselor, DayOfWeek day, LocalTime start, int minutes, Set<ContactMode> modes, Instant now) {
        super(Objects.requireNonNull(counselor, "counselor").school());
        if (!counselor.has(Role.COUNSELOR)) {
            throw new IllegalArgumentException("only a counselor publishes times for appointments");
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("a slot lasts " + MIN_MINUTES + " to " + MAX_MINUTES + " minutes");
        }
        if (Objects.requireNonNull(start, "start").toSecondOfDay() + minutes * 60L > 24 * 60 * 60) {
            throw new IllegalArgumentException("a slot ends on the day it starts");
        }
        if (modes == null || modes.isEmpty() || !MODES.containsAll(modes)) {
            throw new IllegalArgumentException("a slot offers one or more of " + MODES);
        }
        this.counselor = counselor;
        this.day = Objects.requireNonNull(day, "day");
        this.start = start.truncatedTo(ChronoUnit.MINUTES);
        this.minutes = minutes;
        this.modes = EnumSet.copyOf(modes).stream().map(Enum::name).collect(Collectors.joining(","));
        this.active = true;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Takes the slot off the counselor's times; what was booked in it stays booked. */
    public void remove(Instant now) {
        if (!active) {
            throw new IllegalStateException("the slot was already removed");
        }
        this.active = false;
        this.removedAt = Objects.requireNonNull(now, "now");
    }

    /** Whether this active slot and a slot on {@code otherDay} from {@code otherStart} for {@code otherMinutes} share time. */
    public boolean overlaps(DayOfWeek otherDay, LocalTime otherStart, int otherMinutes) {
        if (!active || day != otherDay) {
            return false;
        }
        int mine = start.toSecondOfDay();
        int theirs = otherStart.toSecondOfDay();
        return mine < theirs + otherMinutes * 60 && theirs < mine + minutes * 60;
    }

    /** The starts of this slot's occurrences from {@code from} (inclusive) to {@code until} (exclusive). */
    public List<Instant> occurrences(Instant from, Instant until, ZoneId zone) {
        List<Instant> starts = new ArrayList<>();
        if (!active) {
            return starts;
        }
        LocalDate date = from.atZone(zone).toLocalDate();
        while (!date.atStartOfDay(zone).toInstant().isAfter(until)) {
            if (date.getDayOfWeek() == day) {
                Instant occurrence = date.atTime(start).atZone(zone).toInstant();
                if (!occurrence.isBefore(from) && occurrence.isBefore(until)) {
                    starts.add(occurrence);
                }
            }
            date = date.plusDays(1);
        }
        return starts;
    }

    /** Whether {@code when} is the start of one of this slot's occurrences, in the school's zone. */
    public boolean occursAt(Instant when, ZoneId zone) {
        ZonedDateTime local = when.atZone(zone);
        return local.getDayOfWeek() == day && local.toLocalTime().equals(start);
    }

    /**
     * A student books the occurrence starting at {@code when}, to meet in {@code mode}, as part of their
     * open case with this counselor if they have one.
     */
    public Appointment book(Member student, Instant when, ContactMode mode, CounselingCase openCase, ZoneId zone, Instant now) {
        requireBookable(when, mode, zone, now);
        return new Appointment(student, counselor, openCase, when, length(), mode, now);
    }

    void requireBookable(Instant when, ContactMode mode, ZoneId zone, Instant now) {
        if (!active) {
            throw new NotPossible("appointments.gone", "the slot was removed");
        }
        if (!occursAt(Objects.requireNonNull(when, "when"), zone)) {
            throw new Invalid("time", "appointments.gone", when + " is not a time of this slot");
        }
        if (!offers(mode)) {
            throw new Invalid("mode", "appointments.gone", "this slot does not offer " + mode);
        }
        if (!when.isAfter(now)) {
            throw new Invalid("time", "appointments.gone", "a time that has begun cannot be booked");
        }
    }

    public boolean offers(ContactMode mode) {
        return modes().contains(mode);
    }

    public Member counselor() {
        return counselor;
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return start.plusMinutes(minutes);
    }

    public Duration length() {
        return Duration.ofMinutes(minutes);
    }

    public int minutes() {
        return minutes;
    }

    public Set<ContactMode> modes() {
        return Arrays.stream(modes.split(",")).map(ContactMode::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ContactMode.class)));
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
