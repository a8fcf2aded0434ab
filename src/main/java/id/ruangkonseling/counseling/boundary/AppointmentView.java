package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.entity.Appointment;
import id.ruangkonseling.counseling.entity.AppointmentStatus;
import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.school.entity.Member;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * An appointment as its student or its counselor sees it: when, with whom, how, where it stands, and the
 * reason the other one gave when they moved or cancelled it. Never anything of the case.
 */
public record AppointmentView(Long id, String studentName, String counselorName, Instant start, Instant end,
                              ContactMode mode, AppointmentStatus status, Optional<String> cancelReason,
                              Optional<String> rescheduleReason, boolean changedByOtherSide, int revision, ZoneId zone,
                              Optional<Long> conversation, boolean joinable) {

    /** How long before its start a call appointment can be joined. */
    public static final Duration JOIN_BEFORE = Duration.ofMinutes(10);

    /**
     * The appointment as {@code viewer} sees it {@code now}, its student shown as {@code studentName} (a pseudonym
     * while unnamed); {@code conversation} is where its call happens, joinable from {@link #JOIN_BEFORE} before its
     * start until its end.
     */
    static AppointmentView of(Appointment appointment, Member viewer, String studentName, Optional<Long> conversation,
                              Instant now) {
        boolean changedByMe = appointment.wasChangedBy(viewer);
        boolean changedAtAll = appointment.cancelledBy().isPresent() || appointment.rescheduledBy().isPresent();
        boolean joinable = appointment.mode() == ContactMode.VIDEO && appointment.status().isOpen() && conversation.isPresent()
                && !now.isBefore(appointment.startsAt().minus(JOIN_BEFORE)) && now.isBefore(appointment.endsAt());
        return new AppointmentView(appointment.id(), studentName, nameOf(appointment.counselor()),
                appointment.startsAt(), appointment.endsAt(), appointment.mode(), appointment.status(),
                appointment.cancelReason(), appointment.rescheduleReason(), changedAtAll && !changedByMe,
                appointment.revision(), appointment.school().timeZone(), conversation, joinable);
    }

    /** Where the call is joined from a page: the conversation, with the call started ({@code #call=video}). */
    public String joinPath(String side) {
        return "/" + side + "/conversation?id=" + conversation.orElseThrow() + "#call=video";
    }

    static String nameOf(Member member) {
        return member.displayName().orElse("#" + member.id());
    }

    /** The cancel reason for a page to print (empty when none). */
    public String cancelReasonText() {
        return cancelReason.orElse("");
    }

    public String rescheduleReasonText() {
        return rescheduleReason.orElse("");
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isCancelled() {
        return status == AppointmentStatus.CANCELLED;
    }
}
