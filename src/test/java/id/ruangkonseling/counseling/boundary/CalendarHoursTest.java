package id.ruangkonseling.counseling.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ruangkonseling.counseling.boundary.CalendarHours.Span;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counselor's week calendar shows a school day, and every time of the week however early or late. */
class CalendarHoursTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Test
    void aWeekOfDaytimeTimesShowsTheSchoolDay() {
        List<Span> week = List.of(span("2026-11-30T08:00", "2026-11-30T08:45"), span("2026-12-02T13:00", "2026-12-02T14:00"));

        assertEquals("06:00:00", CalendarHours.first(week, JAKARTA));
        assertEquals("20:00:00", CalendarHours.last(week, JAKARTA));
        assertEquals("06:00:00", CalendarHours.first(List.of(), JAKARTA));
        assertEquals("20:00:00", CalendarHours.last(List.of(), JAKARTA));
    }

    @Test
    void anEveningTimeWidensTheCalendarToTheHourItEndsIn() {
        assertEquals("21:00:00", CalendarHours.last(List.of(span("2026-11-30T20:00", "2026-11-30T20:45")), JAKARTA));
        assertEquals("22:00:00", CalendarHours.last(List.of(span("2026-11-30T21:00", "2026-11-30T22:00")), JAKARTA));
    }

    @Test
    void aTimeRunningToMidnightShowsTheWholeEvening() {
        assertEquals("24:00:00", CalendarHours.last(List.of(span("2026-11-30T23:15", "2026-12-01T00:00")), JAKARTA));
    }

    @Test
    void anEarlyTimeStartsTheCalendarAtItsHour() {
        assertEquals("05:00:00", CalendarHours.first(List.of(span("2026-11-30T05:30", "2026-11-30T06:15")), JAKARTA));
    }

    private static Span span(String start, String end) {
        return new Span(LocalDateTime.parse(start).atZone(JAKARTA).toInstant(), LocalDateTime.parse(end).atZone(JAKARTA).toInstant());
    }
}
