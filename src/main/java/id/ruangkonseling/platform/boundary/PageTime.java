package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.entity.DateTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.omnifaces.util.Faces;

/** Dates and times in the current page's language (through {@link DateTimes}), for backing beans. */
public final class PageTime {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private PageTime() {
    }

    public static String toMinute(Instant when, ZoneId zone) {
        return DateTimes.toMinute(when, zone, Faces.getLocale());
    }

    /** In UTC, named: for the operator's console, which serves schools in every zone. */
    public static String inUtc(Instant when) {
        return toMinute(when, UTC);
    }

    public static String toSecond(ZonedDateTime when) {
        return DateTimes.toSecond(when, Faces.getLocale());
    }

    /** From one moment to a later one of the same row, e.g. repeated reads: {@code pukul 09.30–10.05 WIB}. */
    public static String between(ZonedDateTime from, ZonedDateTime to) {
        return DateTimes.between(from, to, Faces.getLocale());
    }

    public static String day(LocalDate day) {
        return DateTimes.day(day, Faces.getLocale());
    }

    /** A meeting's day and hours. */
    public static String span(Instant start, Instant end, ZoneId zone) {
        return DateTimes.span(start, end, zone, Faces.getLocale());
    }

    /** A meeting's hours alone, for a list under its day. */
    public static String hours(Instant start, Instant end, ZoneId zone) {
        return DateTimes.hours(start, end, zone, Faces.getLocale());
    }
}
