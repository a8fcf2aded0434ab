package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.counseling.control.StudentNames;
import id.ruangkonseling.counseling.entity.Appointment;
import id.ruangkonseling.counseling.entity.AvailabilitySlot;
import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A counselor's weekly times for appointments: publishing a slot (never overlapping one of theirs),
 * removing one (what was booked in it stays), and their week as the schedule shows it. Audited.
 */
@ApplicationScoped
public class CounselorAvailability {

    @Inject
    EntityManager entityManager;

    @Inject
    Appointments appointments;

    @Inject
    Callers callers;

    @Inject
    StudentNames names;

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** The counselor's active slots, Monday first. */
    @Transactional
    public List<SlotView> mine(Caller counselor) {
        return slotsOf(callers.counselor(counselor)).stream()
                .sorted(Comparator.comparing(AvailabilitySlot::day).thenComparing(AvailabilitySlot::start))
                .map(SlotView::of).toList();
    }

    /** Publishes a weekly slot; empty when it would overlap one of the counselor's own. */
    @Transactional
    public Optional<SlotView> publish(Caller counselor, DayOfWeek day, LocalTime start, int minutes, Set<ContactMode> modes) {
        Member me = callers.counselor(counselor);
        if (slotsOf(me).stream().anyMatch(slot -> slot.overlaps(day, start, minutes))) {
            return Optional.empty();
        }
        AvailabilitySlot slot = new AvailabilitySlot(me, day, start, minutes, modes, clock.instant());
        entityManager.persist(slot);
        entityManager.flush();
        audit.record(counselor.actor(), AuditAction.AVAILABILITY_CHANGED, Subject.of("slot", slot.id()), "PUBLISHED");
        return Optional.of(SlotView.of(slot));
    }

    /** Removes one of the counselor's own slots; false when they have no such slot. */
    @Transactional
    public boolean remove(Caller counselor, long slotId) {
        Member me = callers.counselor(counselor);
        Optional<AvailabilitySlot> slot = Optional.ofNullable(entityManager.find(AvailabilitySlot.class, slotId))
                .filter(found -> found.counselor().equals(me) && found.isActive());
        slot.ifPresent(found -> {
            found.remove(clock.instant());
            audit.record(counselor.actor(), AuditAction.AVAILABILITY_CHANGED, Subject.of("slot", found.id()), "REMOVED");
        });
        return slot.isPresent();
    }

    /**
     * The week {@code weeksFromNow} after this one (before it when negative), Monday to Sunday in the school's
     * zone: the slots' times no appointment holds, apart as still free or begun, and the appointments that hold
     * theirs.
     */
    @Transactional
    public Week week(Caller counselor, int weeksFromNow) {
        Member me = callers.counselor(counselor);
        ZoneId zone = me.school().timeZone();
        Instant now = clock.instant();
        LocalDate monday = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusWeeks(weeksFromNow);
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant until = monday.plusDays(7).atStartOfDay(zone).toInstant();
        List<AppointmentView> booked = entityManager.createQuery("SELECT a FROM Appointment a WHERE a.counselor = :me"
                        + " AND a.slotHold = TRUE AND a.startsAt >= :from AND a.startsAt < :until", Appointment.class)
                .setParameter("me", me).setParameter("from", from).setParameter("until", until)
                .getResultStream().map(found -> appointments.view(found, me)).toList();
        Set<Instant> held = booked.stream().map(AppointmentView::start).collect(Collectors.toSet());
        // a time that has begun can no longer be booked (AvailabilitySlot), so it is not free any more
        Map<Boolean, List<FreeTime>> begun = slotsOf(me).stream()
                .flatMap(slot -> slot.occurrences(from, until, zone).stream().filter(start -> !held.contains(start))
                        .map(start -> FreeTime.of(slot, start, zone)))
                .collect(Collectors.partitioningBy(time -> !time.start().isAfter(now)));
        return new Week(monday, zone, begun.get(false), begun.get(true), booked);
    }

    /**
     * A counselor's week: its Monday, the school's zone, the slots' times in it still free and those past without
     * a booking, and the appointments booked.
     */
    public record Week(LocalDate monday, ZoneId zone, List<FreeTime> slotTimes, List<FreeTime> pastTimes,
                       List<AppointmentView> appointments) {
    }

    private List<AvailabilitySlot> slotsOf(Member counselor) {
        return entityManager.createQuery("SELECT s FROM AvailabilitySlot s WHERE s.counselor = :counselor AND s.active = TRUE",
                AvailabilitySlot.class).setParameter("counselor", counselor).getResultList();
    }
}
