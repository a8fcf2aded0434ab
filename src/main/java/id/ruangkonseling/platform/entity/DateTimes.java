package id.ruangkonseling.platform.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way the service writes a date or a time for a person: in a given time zone (a school's, by
 * default {@link #DEFAULT_ZONE}) and as the person's language writes it ({@code 29 Nov 2026 10.51} in
 * Indonesian, {@code Nov 29, 2026, 10:51 AM} in English).
 */
public final class DateTimes {

    /** Where a school is unless it says otherwise: Western Indonesia Time (WIB). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private DateTimes() {
    }

    /** A day and a time to the minute, e.g. when a request came. */
    public static String toMinute(Instant when, ZoneId zone, Locale language) {
        return toMinute(when.atZone(zone), language);
    }

    public static String toMinute(ZonedDateTime when, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language).format(when);
    }

    /** A day and a time to the second, where the order of close events matters (the audit trail). */
    public static String toSecond(ZonedDateTime when, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM).withLocale(language).format(when);
    }

    /** A day alone, e.g. since when a referral has its status. */
    public static String day(LocalDate day, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language).format(day);
    }
}
