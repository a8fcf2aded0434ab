package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.entity.Appointment;
import id.ruangkonseling.counseling.entity.AppointmentStatus;
import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.school.entity.Member;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * An appointment as its student or its counselor sees it: when, with whom, how, where it stands, and the
 * reason the other one gave when they moved or cancelled it. Never anything of the case.
 */
public record AppointmentView(Long id, String studentName, String counselorName, Instant start, Instant end,
                              ContactMode mode, AppointmentStatus status, Optional<String> cancelReason,
                              Optional<String> rescheduleReason, boolean changedByOtherSide, int revision, ZoneId zone) {

    /** The appointment as {@code viewer} sees it, its student shown as {@code studentName} (a pseudonym while unnamed). */
    static AppointmentView of(Appointment appointment, Member viewer, String studentName) {
        boolean changedByMe = appointment.wasChangedBy(viewer);
        boolean changedAtAll = appointment.cancelledBy().isPresent() || appointment.rescheduledBy().isPresent();
        return new AppointmentView(appointment.id(), studentName, nameOf(appointment.counselor()),
                appointment.startsAt(), appointment.endsAt(), appointment.mode(), appointment.status(),
                appointment.cancelReason(), appointment.rescheduleReason(), changedAtAll && !changedByMe,
                appointment.revision(), appointment.school().timeZone());
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
