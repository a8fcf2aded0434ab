package id.ruangkonseling.counseling.boundary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Appointment times as pages say them, in the school's zone and the page's language ("Senin, 30 November 2026"). */
final class TimeLabels {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private TimeLabels() {
    }

    static String day(Instant when, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale).format(when.atZone(zone));
    }

    static String hours(Instant start, Instant end, ZoneId zone) {
        return HOURS.format(start.atZone(zone)) + "–" + HOURS.format(end.atZone(zone));
    }

    static String when(Instant start, Instant end, ZoneId zone, Locale locale) {
        return day(start, zone, locale) + ", " + hours(start, end, zone);
    }
}
