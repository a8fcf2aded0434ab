package id.ruangkonseling.platform.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way the service writes a date or a time for a person, on pages, in e-mails and in files: in a given
 * time zone (a school's, by default {@link #DEFAULT_ZONE}) and as the person's language writes it. One style for
 * a day and one for a moment in each language, the zone named as people in Indonesia name it (WIB, WITA, WIT):
 * <ul>
 * <li>a day: {@code Selasa, 3 Maret 2026} · {@code Tuesday, 3 March 2026};</li>
 * <li>a moment: {@code Selasa, 3 Maret 2026, pukul 09.30 WIB} · {@code Tuesday, 3 March 2026, 09:30 WIB};</li>
 * <li>a meeting's time: {@code Selasa, 3 Maret 2026, pukul 09.30–10.00 WIB} · {@code Tuesday, 3 March 2026, 09:30–10:00 WIB}.</li>
 * </ul>
 */
public final class DateTimes {

    /** Where a school is unless it says otherwise: Western Indonesia Time (WIB). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private static final String DAY = "EEEE, d MMMM yyyy";

    private DateTimes() {
    }

    /** A day alone, e.g. since when a referral has its status. */
    public static String day(LocalDate day, Locale language) {
        return DateTimeFormatter.ofPattern(DAY, language).format(day);
    }

    /** A moment to the minute, e.g. when a request came. */
    public static String toMinute(Instant when, ZoneId zone, Locale language) {
        return toMinute(when.atZone(zone), language);
    }

    public static String toMinute(ZonedDateTime when, Locale language) {
        return DateTimeFormatter.ofPattern(DAY + ", " + clock(language, false) + " z", language).format(when);
    }

    /** A moment to the second, where the order of close events matters (the audit trail). */
    public static String toSecond(ZonedDateTime when, Locale language) {
        return DateTimeFormatter.ofPattern(DAY + ", " + clock(language, true) + " z", language).format(when);
    }

    /** A meeting's day and hours, e.g. an appointment's. */
    public static String span(Instant start, Instant end, ZoneId zone, Locale language) {
        return DateTimeFormatter.ofPattern(DAY + ", ", language).format(start.atZone(zone))
                + clockSpan(start.atZone(zone), end.atZone(zone), language);
    }

    /**
     * From one moment to a later one, when both are known by their day already: the hours and zone within a day
     * ({@code pukul 09.30–10.05 WIB} · {@code 09:30–10:05 WIB}), both moments in full across days.
     */
    public static String between(ZonedDateTime from, ZonedDateTime to, Locale language) {
        return from.toLocalDate().equals(to.toLocalDate()) ? clockSpan(from, to, language)
                : toMinute(from, language) + " – " + toMinute(to, language);
    }

    /** Hours of a weekly time, without a day or a zone: {@code 09.30–10.00} (a counselor's free time each Monday). */
    public static String hours(LocalTime start, LocalTime end, Locale language) {
        DateTimeFormatter hours = DateTimeFormatter.ofPattern(hours(language), language);
        return hours.format(start) + "–" + hours.format(end);
    }

    /** A meeting's hours alone, for a list under its day: {@code 09.30–10.00}. */
    public static String hours(Instant start, Instant end, ZoneId zone, Locale language) {
        DateTimeFormatter hours = DateTimeFormatter.ofPattern(hours(language), language);
        return hours.format(start.atZone(zone)) + "–" + hours.format(end.atZone(zone));
    }

    /** {@code pukul 09.30–10.00 WIB} · {@code 09:30–10:00 WIB}. */
    private static String clockSpan(ZonedDateTime from, ZonedDateTime to, Locale language) {
        return DateTimeFormatter.ofPattern(clock(language, false), language).format(from)
                + "–" + DateTimeFormatter.ofPattern(hours(language) + " z", language).format(to);
    }

    /** Indonesian says "pukul 09.30", English "09:30". */
    private static String clock(Locale language, boolean seconds) {
        String hours = hours(language) + (seconds ? (indonesian(language) ? ".ss" : ":ss") : "");
        return indonesian(language) ? "'pukul' " + hours : hours;
    }

    private static String hours(Locale language) {
        return indonesian(language) ? "HH.mm" : "HH:mm";
    }

    private static boolean indonesian(Locale language) {
        return language.getLanguage().equals("id") || language.getLanguage().equals("in");
    }
}
