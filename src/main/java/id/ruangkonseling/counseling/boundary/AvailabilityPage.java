package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.entity.AvailabilitySlot;
import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.platform.entity.DateTimes;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import jakarta.faces.component.UIInput;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * Backs {@code /counselor/availability}: a week's free times and appointments in a schedule (this week, or
 * the one {@code ?week=N} weeks away, up to a school term either side), a plain
 * form to add a weekly time (day, start, length, ways to meet), the weekly times to remove, and the
 * counselor's appointments to move or cancel with a reason.
 */
@Named
@RequestScoped
public class AvailabilityPage extends AppointmentChanges {

    private static final List<Integer> LENGTHS = List.of(15, 30, 45, 60, 90, 120);
    /** How many weeks back or ahead the schedule goes: about a school term. */
    static final int FURTHEST_WEEK = 12;

    @Inject
    CounselorAvailability availability;

    @NotNull
    private DayOfWeek day;

    /** "09:30" as a time field sends it, or "09.30" as Indonesian writes it where a browser shows a text box. */
    @NotNull
    @Pattern(regexp = "([01][0-9]|2[0-3])[:.][0-5][0-9]")
    private String start;

    @NotNull
    private Integer length;

    @NotEmpty
    private ContactMode[] modes;

    private List<SlotView> slots;
    private CounselorAvailability.Week week;
    private int weeksFromNow;
    private ScheduleModel schedule;

    @PostConstruct
    void load() {
        loadMine();
        slots = availability.mine(actor());
        weeksFromNow = weeksFromNow(Faces.getRequestParameter("week"));
        week = availability.week(actor(), weeksFromNow);
        schedule = new DefaultScheduleModel();
        week.slotTimes().forEach(time -> addEvent(PageText.of("availability.free"), time.start(), time.end(), "rk-slot-free"));
        week.pastTimes().forEach(time -> addEvent(PageText.of("availability.past"), time.start(), time.end(), "rk-slot-past"));
        week.appointments().forEach(booked -> addEvent(PageText.of("availability.booked", booked.studentName()),
                booked.start(), booked.end(), "rk-slot-booked"));
    }

    private void addEvent(String title, Instant start, Instant end, String kind) {
        schedule.addEvent(DefaultScheduleEvent.builder().title(title)
                .startDate(start.atZone(week.zone()).toLocalDateTime()).endDate(end.atZone(week.zone()).toLocalDateTime())
                .styleClass(kind).editable(false).build());
    }

    public void add() throws IOException {
        LocalTime from = LocalTime.parse(start.replace('.', ':'));
        if (from.toSecondOfDay() + length * 60 > 24 * 60 * 60) {
            UIInput startField = Components.findComponent("slot:start");
            startField.setValid(false);
            Messages.addError(startField.getClientId(), PageText.of("availability.invalid.midnight"));
            Faces.validationFailed();
            return;
        }
        Set<ContactMode> offered = EnumSet.copyOf(List.of(modes));
        availability.publish(actor(), day, from, length, offered).ifPresentOrElse(
                added -> Messages.addFlashGlobalInfo(PageText.of("availability.added", slotLabel(added))),
                () -> Messages.addFlashGlobalError(PageText.of("availability.overlaps")));
        Faces.redirect(page());
    }

    /** Removes the slot the pressed row showed. */
    public void remove() throws IOException {
        done(submittedId("slotId").filter(id -> availability.remove(actor(), id)).map(id -> PageText.of("availability.removed")));
    }

    /** Notes that the appointment the pressed row showed took place. */
    public void markDone() throws IOException {
        done(submittedId("appointment").flatMap(id -> appointments.markDone(actor(), id))
                .map(done -> PageText.of("appointments.markedDone")));
    }

    /** The week asked for in the address; anything else than a number within a term is this week. */
    static int weeksFromNow(String asked) {
        if (asked == null || !asked.matches("-?\\d{1,3}")) {
            return 0;
        }
        int weeks = Integer.parseInt(asked);
        return Math.abs(weeks) > FURTHEST_WEEK ? 0 : weeks;
    }

    public String slotLabel(SlotView slot) {
        return PageText.of("day." + slot.day().name()) + " " + DateTimes.hours(slot.start(), slot.end(), Faces.getLocale());
    }

    @Override
    Role role() {
        return Role.COUNSELOR;
    }

    @Override
    String page() {
        return "counselor/availability";
    }

    public ScheduleModel getSchedule() {
        return schedule;
    }

    public LocalDate getMonday() {
        return week.monday();
    }

    /** "This week", or the week's Monday in the reader's language. */
    public String getWeekTitle() {
        return weeksFromNow == 0 ? PageText.of("availability.week")
                : PageText.of("availability.weekOf", DateTimes.day(week.monday(), Faces.getLocale()));
    }

    public int getWeeksFromNow() {
        return weeksFromNow;
    }

    public boolean isEarlierWeek() {
        return weeksFromNow > -FURTHEST_WEEK;
    }

    public boolean isLaterWeek() {
        return weeksFromNow < FURTHEST_WEEK;
    }

    public String getTimeZone() {
        return week.zone().getId();
    }

    /** Where the week's calendar starts: 06:00, or the hour of an earlier time of the week. */
    public String getFirstHour() {
        return CalendarHours.first(times(), week.zone());
    }

    /** Where the week's calendar ends: 20:00, or after a later time of the week (an evening chat, say). */
    public String getLastHour() {
        return CalendarHours.last(times(), week.zone());
    }

    private List<CalendarHours.Span> times() {
        return Stream.of(week.slotTimes().stream().map(time -> new CalendarHours.Span(time.start(), time.end())),
                week.pastTimes().stream().map(time -> new CalendarHours.Span(time.start(), time.end())),
                week.appointments().stream().map(booked -> new CalendarHours.Span(booked.start(), booked.end())))
                .flatMap(spans -> spans).toList();
    }

    public List<SlotView> getSlots() {
        return slots;
    }

    public List<DayOfWeek> getDays() {
        return List.of(DayOfWeek.values());
    }

    public List<Integer> getLengths() {
        return LENGTHS;
    }

    public List<ContactMode> getModeChoices() {
        return List.copyOf(AvailabilitySlot.MODES);
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public Integer getLength() {
        return length;
    }

    public void setLength(Integer length) {
        this.length = length;
    }

    public ContactMode[] getModes() {
        return modes;
    }

    public void setModes(ContactMode[] modes) {
        this.modes = modes;
    }
}
