package id.ruangkonseling.counseling.entity;

/**
 * Where an appointment stands: booked, rescheduled (booked, moved to another time at least once),
 * cancelled with a reason (which frees its time), or done. Cancelled and done are final.
 */
public enum AppointmentStatus {
    BOOKED,
    RESCHEDULED,
    CANCELLED,
    DONE;

    /** Still ahead of both people: it can be moved, cancelled or marked done. */
    public boolean isOpen() {
        return this == BOOKED || this == RESCHEDULED;
    }
}
