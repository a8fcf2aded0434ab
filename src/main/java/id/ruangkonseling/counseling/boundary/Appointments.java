package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.chat.control.ConversationRecords;
import id.ruangkonseling.counseling.control.HeldTimes;
import id.ruangkonseling.counseling.control.StudentNames;
import id.ruangkonseling.counseling.control.TimeTaken;
import id.ruangkonseling.counseling.entity.Appointment;
import id.ruangkonseling.counseling.entity.AvailabilitySlot;
import id.ruangkonseling.counseling.entity.CaseStatus;
import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.platform.entity.Invalid;
import id.ruangkonseling.platform.entity.NotPossible;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.PageNews;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Appointments between a student and a counselor: the free times a student may book (their open case's
 * counselor's, or any counselor's of the school when they have no case), booking, moving and cancelling
 * with a reason, and each side's own list. Only the appointment's student and counselor find it; any other
 * id is simply not found. A time can be held by one appointment only ({@link TimeTaken} otherwise).
 */
@ApplicationScoped
public class Appointments {

    /** How far ahead free times are offered. */
    public static final int WEEKS_AHEAD = 3;
    /** How long an appointment stays on the lists after it has ended. */
    private static final Duration STILL_LISTED = Duration.ofDays(1);

    @Inject
    EntityManager entityManager;

    @Inject
    Callers callers;

    @Inject
    StudentNames names;

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditTrail audit;

    @Inject
    PageNews news;

    @Inject
    HeldTimes heldTimes;

    @Inject
    ConversationRecords conversations;

    Clock clock = Clock.systemUTC();

    /** The times the student may book in the coming weeks, the soonest first. */
    @Transactional
    public List<FreeTime> free(Caller student) {
        Member me = callers.student(student);
        return freeTimes(bookableSlots(me), me);
    }

    /** Books a free time for the student to meet in {@code mode}; empty when that time cannot be booked (any more). */
    @Transactional
    public Optional<AppointmentView> book(Caller student, String timeKey, ContactMode mode) {
        Member me = callers.student(student);
        Instant now = clock.instant();
        Optional<FreeTime.Choice> choice = FreeTime.parse(timeKey);
        Optional<AvailabilitySlot> slot = choice.flatMap(chosen -> bookableSlots(me).stream()
                .filter(found -> found.id() == chosen.slotId()).findFirst())
                .filter(found -> mode != null && found.offers(mode) && found.occursAt(choice.get().start(), zone(me))
                        && choice.get().start().isAfter(now));
        if (slot.isEmpty()) {
            return Optional.empty();
        }
        Instant start = choice.get().start();
        if (heldTimes.isHeld(slot.get().counselor(), start)) {
            throw new TimeTaken();
        }
        Appointment booked = slot.get().book(me, start, mode, openCase(me)
                .filter(open -> open.isWorkedBy(slot.get().counselor())).orElse(null), zone(me), now);
        heldTimes.write(booked);
        audit.record(student.actor(), AuditAction.APPOINTMENT_BOOKED, Subject.of("appointment", booked.id()), mode.name());
        changed(booked);
        return Optional.of(view(booked, me));
    }

    /** The free times this appointment may move to: its counselor's, in its way of meeting. */
    @Transactional
    public List<FreeTime> movesFor(Caller actor, long appointmentId) {
        Member me = callers.member(actor);
        return own(actor, me, appointmentId).filter(found -> found.status().isOpen())
                .map(found -> freeTimes(slotsOf(found.counselor()), me).stream()
                        .filter(time -> time.modes().contains(found.mode())).toList())
                .orElse(List.of());
    }

    /** Moves the appointment to another free time of its counselor, with a reason; empty when not found or not possible. */
    @Transactional
    public Optional<AppointmentView> reschedule(Caller actor, long appointmentId, String timeKey, String reason) {
        Member me = callers.member(actor);
        Instant now = clock.instant();
        Optional<Appointment> appointment = own(actor, me, appointmentId);
        Optional<FreeTime.Choice> choice = FreeTime.parse(timeKey);
        Optional<AvailabilitySlot> slot = choice.flatMap(chosen -> findSlot(me, chosen.slotId()));
        if (appointment.isEmpty() || slot.isEmpty() || !tried(() -> appointment.get().rescheduleTo(slot.get(),
                choice.get().start(), me, reason, zone(me), now))) {
            return Optional.empty();
        }
        heldTimes.write(appointment.get());
        audit.record(actor.actor(), AuditAction.APPOINTMENT_RESCHEDULED, Subject.of("appointment", appointmentId), null);
        changed(appointment.get());
        return appointment.map(moved -> view(moved, me));
    }

    /** Cancels the appointment with a reason the other side reads; empty when not found or no longer possible. */
    @Transactional
    public Optional<AppointmentView> cancel(Caller actor, long appointmentId, String reason) {
        Member me = callers.member(actor);
        Optional<Appointment> appointment = own(actor, me, appointmentId);
        if (appointment.isEmpty() || !tried(() -> appointment.get().cancel(me, reason, clock.instant()))) {
            return Optional.empty();
        }
        audit.record(actor.actor(), AuditAction.APPOINTMENT_CANCELLED, Subject.of("appointment", appointmentId), null);
        changed(appointment.get());
        return appointment.map(cancelled -> view(cancelled, me));
    }

    /** The counselor notes that the appointment took place, once it has begun; empty when not found or not possible. */
    @Transactional
    public Optional<AppointmentView> markDone(Caller counselor, long appointmentId) {
        Member me = callers.counselor(counselor);
        Optional<Appointment> appointment = own(counselor, me, appointmentId);
        if (appointment.isEmpty() || !tried(() -> appointment.get().markDone(me, clock.instant()))) {
            return Optional.empty();
        }
        audit.record(counselor.actor(), AuditAction.APPOINTMENT_DONE, Subject.of("appointment", appointmentId), null);
        changed(appointment.get());
        return appointment.map(done -> view(done, me));
    }

    /** Both sides' open pages show the appointment anew. */
    private void changed(Appointment appointment) {
        news.forMember(appointment.student().id());
        news.forMember(appointment.counselor().id());
    }

    /**
     * The actor's appointments (as a student, or as a counselor) that have not long ended, the soonest
     * first, for a page that shows them: a counselor's read of each is audited, as their reads of cases and
     * conversations are.
     */
    @Transactional
    public List<AppointmentView> shown(Caller actor) {
        Member me = callers.member(actor);
        List<Appointment> listed = listed(actor, me);
        listed.forEach(found -> readByCounselor(actor, found, "list"));
        return listed.stream().map(found -> view(found, me)).toList();
    }

    /** As {@link #shown}, for a post to the page that changes one of them: nobody reads the list again there. */
    @Transactional
    public List<AppointmentView> mine(Caller actor) {
        Member me = callers.member(actor);
        return listed(actor, me).stream().map(found -> view(found, me)).toList();
    }

    private List<Appointment> listed(Caller actor, Member me) {
        return entityManager.createQuery("SELECT a FROM Appointment a WHERE a." + side(actor) + " = :me"
                        + " AND a.endsAt > :since ORDER BY a.startsAt, a.id", Appointment.class)
                .setParameter("me", me).setParameter("since", clock.instant().minus(STILL_LISTED))
                .getResultStream().filter(found -> mayAct(actor, me)).toList();
    }

    /** The actor's next appointment that has not ended and starts within {@code within}: the in-app reminder. */
    @Transactional
    public Optional<AppointmentView> next(Caller actor, Duration within) {
        Member me = callers.member(actor);
        Instant now = clock.instant();
        return entityManager.createQuery("SELECT a FROM Appointment a WHERE a." + side(actor) + " = :me"
                        + " AND a.slotHold = TRUE AND a.endsAt > :now AND a.startsAt < :until ORDER BY a.startsAt, a.id",
                        Appointment.class)
                .setParameter("me", me).setParameter("now", now).setParameter("until", now.plus(within))
                .getResultStream().filter(found -> found.status().isOpen() && mayAct(actor, me)).findFirst()
                .map(found -> view(found, me));
    }

    /**
     * One of the actor's own appointments, for its calendar file; anyone else's is not found, nor any once the
     * school released the counselor. A counselor's download is audited.
     */
    @Transactional
    public Optional<AppointmentView> download(Caller actor, long appointmentId) {
        Member me = callers.member(actor);
        return own(actor, me, appointmentId).map(found -> {
            readByCounselor(actor, found, "calendar");
            return view(found, me);
        });
    }

    /** The appointment as {@code me} sees it now, with the conversation its call happens in. */
    AppointmentView view(Appointment appointment, Member me) {
        return AppointmentView.of(appointment, me, names.of(appointment),
                conversations.openBetween(appointment.student(), appointment.counselor()), clock.instant());
    }

    private void readByCounselor(Caller actor, Appointment appointment, String where) {
        if (actor.is(Role.COUNSELOR)) {
            audit.record(actor.actor(), AuditAction.APPOINTMENT_READ, Subject.of("appointment", appointment.id()), where);
        }
    }

    /** The slots' occurrences in the coming weeks that no appointment holds, the soonest first. */
    private List<FreeTime> freeTimes(List<AvailabilitySlot> slots, Member me) {
        Instant from = clock.instant();
        Instant until = from.plus(Duration.ofDays(7L * WEEKS_AHEAD));
        Set<String> held = heldTimes.of(me.school(), from, until);
        return slots.stream().flatMap(slot -> slot.occurrences(from, until, zone(me)).stream()
                        .filter(start -> !held.contains(HeldTimes.key(slot.counselor(), start)))
                        .map(start -> FreeTime.of(slot, start, zone(me))))
                .sorted(Comparator.comparing(FreeTime::start).thenComparing(FreeTime::counselorName)).toList();
    }

    private Optional<Appointment> own(Caller actor, Member me, long appointmentId) {
        boolean asCounselor = actor.is(Role.COUNSELOR);
        return Optional.ofNullable(entityManager.find(Appointment.class, appointmentId))
                .filter(found -> found.school().equals(me.school()) && mayAct(actor, me))
                .filter(found -> found.involves(me) && (asCounselor ? found.counselor() : found.student()).equals(me));
    }

    /** A counselor acts on appointments only while the school has them as counselor, whatever their session says. */
    private static boolean mayAct(Caller actor, Member me) {
        return !actor.is(Role.COUNSELOR) || me.has(Role.COUNSELOR);
    }

    private static String side(Caller actor) {
        return actor.is(Role.COUNSELOR) ? "counselor" : "student";
    }

    /**
     * Runs an entity's step; a step the entity refuses for its state (begun, already cancelled) or for the
     * time chosen (no longer free, not the slot's) changes nothing. Anything else it throws is a bug and goes on.
     */
    private static boolean tried(Runnable step) {
        try {
            step.run();
            return true;
        } catch (NotPossible | Invalid refused) {
            return false;
        }
    }

    /** The open case's counselor's slots, or every counselor's of the school when the student has none. */
    private List<AvailabilitySlot> bookableSlots(Member student) {
        return openCase(student).map(open -> slotsOf(open.counselor()))
                .orElseGet(() -> entityManager.createQuery("SELECT s FROM AvailabilitySlot s WHERE s.school = :school"
                                + " AND s.active = TRUE AND s.counselor.counselor = TRUE", AvailabilitySlot.class)
                        .setParameter("school", student.school()).getResultList());
    }

    private List<AvailabilitySlot> slotsOf(Member counselor) {
        return entityManager.createQuery("SELECT s FROM AvailabilitySlot s WHERE s.counselor = :counselor AND s.active = TRUE",
                AvailabilitySlot.class).setParameter("counselor", counselor).getResultList();
    }

    private Optional<AvailabilitySlot> findSlot(Member me, long slotId) {
        return Optional.ofNullable(entityManager.find(AvailabilitySlot.class, slotId))
                .filter(found -> found.school().equals(me.school()));
    }

    private Optional<CounselingCase> openCase(Member student) {
        return entityManager.createQuery("SELECT c FROM CounselingCase c WHERE c.student = :student AND c.status <> :closed"
                        + " ORDER BY c.openedAt DESC", CounselingCase.class)
                .setParameter("student", student).setParameter("closed", CaseStatus.CLOSED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static ZoneId zone(Member me) {
        return me.school().timeZone();
    }
}
