package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.control.TimeTaken;
import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.platform.boundary.PageTime;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Role;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The part of a page that lists the signed-in person's appointments with a reason, a new time, and the
 * buttons to move or cancel one: the student's appointments page and the counselor's availability page.
 */
abstract class AppointmentChanges {

    @Inject
    Appointments appointments;

    @Inject
    SignedInMember signedIn;

    private List<AppointmentView> mine = List.of();
    private final Map<Long, List<FreeTime>> moves = new HashMap<>();
    private String reason;

    /** Whose side of the appointment the page shows. */
    abstract Role role();

    /** The page's own address, where it shows itself again after a change. */
    abstract String page();

    Caller actor() {
        return signedIn.as(role());
    }

    void loadMine() {
        // a post only finds the row it changes and then shows the page afresh, where the list is read (and audited)
        mine = Faces.isPostback() ? appointments.mine(actor()) : appointments.shown(actor());
        mine.stream().filter(AppointmentView::isOpen)
                .forEach(open -> moves.put(open.id(), appointments.movesFor(actor(), open.id())));
    }

    /** Moves the appointment the pressed form showed to the time chosen in it. */
    public void reschedule() throws IOException {
        Optional<Long> appointmentId = submittedId("appointment");
        String target = Faces.getRequestParameter("target");
        if (target == null || target.isBlank()) {
            Messages.addGlobalError(PageText.of("appointments.chooseNewTime"));
            return;
        }
        try {
            done(appointmentId.flatMap(id -> appointments.reschedule(actor(), id, target, reason))
                    .map(moved -> PageText.of("appointments.rescheduled", when(moved))));
        } catch (TimeTaken taken) {
            Messages.addFlashGlobalError(PageText.of("appointments.taken"));
            Faces.redirect(page());
        }
    }

    /** Cancels the appointment the pressed form showed. */
    public void cancel() throws IOException {
        done(submittedId("appointment").flatMap(id -> appointments.cancel(actor(), id, reason))
                .map(cancelled -> PageText.of("appointments.cancelled")));
    }

    /** Whether it has begun: then it is no longer moved or cancelled, and its counselor may mark it done. */
    public boolean begun(AppointmentView appointment) {
        return !appointment.start().isAfter(Instant.now());
    }

    /** Says what happened, or that it was no longer possible, and shows the page again. */
    void done(Optional<String> text) throws IOException {
        text.ifPresentOrElse(Messages::addFlashGlobalInfo, () -> Messages.addFlashGlobalError(PageText.of("appointments.gone")));
        Faces.redirect(page());
    }

    public String when(AppointmentView appointment) {
        return PageTime.span(appointment.start(), appointment.end(), appointment.zone());
    }

    public String when(FreeTime time) {
        return PageTime.span(time.start(), time.end(), time.zone());
    }

    public String hours(FreeTime time) {
        return PageTime.hours(time.start(), time.end(), time.zone());
    }

    /** The free times this appointment can move to. */
    public List<FreeTime> moves(long appointmentId) {
        return moves.getOrDefault(appointmentId, List.of());
    }

    public List<AppointmentView> getMine() {
        return mine;
    }

    /** The id a row's form sent as it was shown (never the row's position, which may have moved since). */
    static Optional<Long> submittedId(String name) {
        return Optional.ofNullable(Faces.getRequestParameter(name)).filter(value -> value.matches("\\d{1,18}"))
                .map(Long::valueOf);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
