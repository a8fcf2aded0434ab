package id.ruangkonseling.counseling.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An appointment as an iCalendar file (RFC 5545) for a person's own calendar: one VEVENT in UTC, CRLF
 * line ends, and nothing private — the summary says "Konseling", never a name, a case or a reason. The
 * same UID with a higher SEQUENCE tells the calendar that a moved or cancelled appointment changed.
 */
public final class CalendarFile {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";
    private static final int FOLD = 75;

    private CalendarFile() {
    }

    /**
     * What the file says about one appointment; for a call, {@code join} is the page where it is joined and
     * {@code description} says so in the person's language.
     */
    public record Event(String uid, Instant start, Instant end, int sequence, boolean cancelled, Optional<URI> join,
                        String description) {
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
        if (!event.description().isBlank()) {
            line(ics, "DESCRIPTION:" + escape(event.description()));
        }
        event.join().ifPresent(join -> line(ics, "URL:" + join));
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

    /** Folds a line longer than 75 octets into continuation lines that start with a space (RFC 5545, 3.1). */
    private static void line(StringBuilder ics, String content) {
        byte[] octets = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = FOLD;
        while (octets.length - start > limit) {
            int end = start + limit;
            while ((octets[end] & 0xC0) == 0x80) {
                end--; // never split a character
            }
            ics.append(new String(octets, start, end - start, StandardCharsets.UTF_8)).append(CRLF).append(' ');
            start = end;
            limit = FOLD - 1;
        }
        ics.append(new String(octets, start, octets.length - start, StandardCharsets.UTF_8)).append(CRLF);
    }
}
