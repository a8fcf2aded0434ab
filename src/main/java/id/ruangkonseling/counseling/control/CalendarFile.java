package id.ruangkonseling.counseling.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * An appointment as an iCalendar file (RFC 5545) for a person's own calendar: one VEVENT in UTC, CRLF
 * line ends, and nothing private — the summary says "Konseling", never a name, a case or a reason. The
 * same UID with a higher SEQUENCE tells the calendar that a moved or cancelled appointment changed.
 */
public final class CalendarFile {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";

    private CalendarFile() {
    }

    /** What the file says about one appointment. */
    public record Event(String uid, Instant start, Instant end, int sequence, boolean cancelled) {
    }

    public static String of(Event event, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Ruang Konseling//Janji temu//ID");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + escape(event.uid()));
        line(ics, "DTSTAMP:" + utc(stamp));
        line(ics, "DTSTART:" + utc(event.start()));
        line(ics, "DTEND:" + utc(event.end()));
        line(ics, "SEQUENCE:" + event.sequence());
        line(ics, "SUMMARY:Konseling");
        line(ics, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(ics, "TRANSP:OPAQUE");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String utc(Instant instant) {
        return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** TEXT values escape backslash, semicolon and comma, and have no line breaks (RFC 5545, 3.3.11). */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replaceAll("[\\r\\n]", " ");
    }

    /** Our lines stay far below the 75 octets after which RFC 5545 folds. */
    private static void line(StringBuilder ics, String content) {
        ics.append(content).append(CRLF);
    }
}
