package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.control.TimeTaken;
import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.platform.boundary.PageTime;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

    @PostConstruct
    void load() {
        loadMine();
        Map<LocalDate, List<FreeTime>> byDay = new LinkedHashMap<>();
        appointments.free(actor()).forEach(time -> byDay.computeIfAbsent(time.start().atZone(time.zone()).toLocalDate(),
                day -> new ArrayList<>()).add(time));
        days = byDay.entrySet().stream()
                .map(day -> new FreeDay(PageTime.day(day.getKey()), List.copyOf(day.getValue()))).toList();
    }

    /** Books the time and way to meet chosen in the pressed row, as that row showed them ("slot@start~MODE"). */
    public void book() throws IOException {
        String[] choice = Optional.ofNullable(Faces.getRequestParameter("choice")).orElse("").split("~", 2);
        Optional<ContactMode> mode = Arrays.stream(ContactMode.values())
                .filter(known -> choice.length == 2 && known.name().equals(choice[1])).findFirst();
        try {
            done(mode.flatMap(chosen -> appointments.book(actor(), choice[0], chosen))
                    .map(booked -> PageText.of("appointments.booked", when(booked))));
        } catch (TimeTaken taken) {
            Messages.addFlashGlobalError(PageText.of("appointments.taken"));
            Faces.redirect(page());
        }
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

    /** One day's free times, under the day's name. */
    public record FreeDay(String label, List<FreeTime> times) {
    }
}
