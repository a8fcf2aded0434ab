package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.control.TimeTaken;
import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /student/appointments}: the free times of the coming weeks grouped by day (a phone shows
 * them as a list), each with the ways to meet it offers and a button to book it; then the student's own
 * appointments, to move or cancel with a reason.
 */
@Named
@RequestScoped
public class AppointmentsPage extends AppointmentChanges {

    private List<FreeDay> days;
    private final Map<String, String> modes = new HashMap<>();

    @PostConstruct
    void load() {
        loadMine();
        Map<LocalDate, List<FreeTime>> byDay = new LinkedHashMap<>();
        appointments.free(actor()).forEach(time -> byDay.computeIfAbsent(time.start().atZone(time.zone()).toLocalDate(),
                day -> new ArrayList<>()).add(time));
        days = byDay.values().stream()
                .map(times -> new FreeDay(TimeLabels.day(times.getFirst().start(), times.getFirst().zone(), Faces.getLocale()),
                        List.copyOf(times))).toList();
    }

    public void book(String timeKey) throws IOException {
        ContactMode mode = Optional.ofNullable(modes.get(timeKey))
                .flatMap(name -> Arrays.stream(ContactMode.values()).filter(known -> known.name().equals(name)).findFirst())
                .orElseGet(() -> firstModeOf(timeKey));
        try {
            done(appointments.book(actor(), timeKey, mode)
                    .map(booked -> PageText.of("appointments.booked").replace("{0}", when(booked))));
        } catch (TimeTaken taken) {
            Messages.addFlashGlobalError(PageText.of("appointments.taken"));
            Faces.redirect(page());
        }
    }

    private ContactMode firstModeOf(String timeKey) {
        return days.stream().flatMap(day -> day.times().stream()).filter(time -> time.key().equals(timeKey))
                .findFirst().map(time -> time.modes().getFirst()).orElse(null);
    }

    @Override
    Role role() {
        return Role.STUDENT;
    }

    @Override
    String page() {
        return "student/appointments";
    }

    public List<FreeDay> getDays() {
        return days;
    }

    public Map<String, String> getModes() {
        return modes;
    }

    /** One day's free times, under the day's name. */
    public record FreeDay(String label, List<FreeTime> times) {
    }
}
