package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.entity.AvailabilitySlot;
import id.ruangkonseling.counseling.entity.ContactMode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A counselor's weekly slot as their availability page lists it. */
public record SlotView(Long id, DayOfWeek day, LocalTime start, LocalTime end, List<ContactMode> modes) {

    static SlotView of(AvailabilitySlot slot) {
        return new SlotView(slot.id(), slot.day(), slot.start(), slot.end(), List.copyOf(slot.modes()));
    }
}
