package id.ruangkonseling.counseling.boundary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The hours a counselor's week calendar shows: a school day (06:00–20:00), widened to every time of the
 * week — a counselor who offers an evening chat at 20:00 sees it in their calendar.
 */
final class CalendarHours {

    /** A time on the calendar, from start to end. */
    record Span(Instant start, Instant end) {
    }

    static final int FIRST = 6;
    static final int LAST = 20;

    private CalendarHours() {
    }

    /** The first hour to show, as the calendar takes it ({@code 06:00:00}). */
    static String first(List<Span> spans, ZoneId zone) {
        int first = spans.stream().mapToInt(span -> span.start().atZone(zone).getHour()).min().orElse(FIRST);
        return hour(Math.min(FIRST, first));
    }

    /** The hour the calendar ends ({@code 20:00:00}; {@code 24:00:00} for a time that runs to midnight). */
    static String last(List<Span> spans, ZoneId zone) {
        int last = spans.stream().mapToInt(span -> endHour(span, zone)).max().orElse(LAST);
        return hour(Math.max(LAST, last));
    }

    /** The hour a span ends in, rounded up: 20:45 needs the calendar to 21:00, an end at or past midnight to 24:00. */
    private static int endHour(Span span, ZoneId zone) {
        ZonedDateTime start = span.start().atZone(zone);
        ZonedDateTime end = span.end().atZone(zone);
        if (end.toLocalDate().isAfter(start.toLocalDate())) {
            return 24;
        }
        boolean withinTheHour = end.getMinute() > 0 || end.getSecond() > 0;
        return end.getHour() + (withinTheHour ? 1 : 0);
    }

    private static String hour(int hour) {
        return String.format("%02d:00:00", hour);
    }
}
