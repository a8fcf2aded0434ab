package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.entity.AvailabilitySlot;
import id.ruangkonseling.counseling.entity.ContactMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One free occurrence of a counselor's weekly slot: when, with whom, how they can meet. Its {@link #key()}
 * (slot and start) is what a page sends back to book or move to it.
 */
public record FreeTime(long slotId, long counselorId, String counselorName, Instant start, Instant end,
                       List<ContactMode> modes, ZoneId zone) {

    static FreeTime of(AvailabilitySlot slot, Instant start, ZoneId zone) {
        return new FreeTime(slot.id(), slot.counselor().id(), AppointmentView.nameOf(slot.counselor()), start,
                start.plus(slot.length()), List.copyOf(slot.modes()), zone);
    }

    public String key() {
        return slotId + "@" + start.getEpochSecond();
    }

    /** The slot and start a key names; empty for anything that is not a key. */
    static Optional<Choice> parse(String key) {
        if (key == null || !key.matches("\\d{1,18}@\\d{1,12}")) {
            return Optional.empty();
        }
        String[] parts = key.split("@");
        return Optional.of(new Choice(Long.parseLong(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1]))));
    }

    /** A slot's occurrence as a page sent it back. */
    record Choice(long slotId, Instant start) {
    }
}
