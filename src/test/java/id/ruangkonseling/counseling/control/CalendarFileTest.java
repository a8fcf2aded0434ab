package id.ruangkonseling.counseling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    private static final Instant START = Instant.parse("2026-11-30T02:00:00Z");
    private static final Instant STAMP = Instant.parse("2026-11-28T03:04:05.678Z");

    @Test
    void oneEventInUtcWithCrlfLineEndsAndNothingPrivate() {
        String ics = CalendarFile.of(new CalendarFile.Event("appointment-7@bk.sekolah.test", START,
                START.plusSeconds(45 * 60), 0, false, Optional.empty(), ""), STAMP);

        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertEquals(-1, ics.replace("\r\n", "").indexOf('\n'), "every line ends with CRLF");
        List<String> lines = Arrays.asList(ics.split("\r\n"));
        assertEquals(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ruang Konseling//Janji temu//ID",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:appointment-7@bk.sekolah.test",
                "DTSTAMP:20261128T030405Z", "DTSTART:20261130T020000Z", "DTEND:20261130T024500Z", "SEQUENCE:0",
                "SUMMARY:Konseling", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"), lines);
        assertTrue(lines.stream().allMatch(line -> line.length() <= 75), "no line needs folding");
    }

    @Test
    void aCallSaysWhereToJoinItInFoldedLinesThatUnfoldToTheText() {
        URI join = URI.create("https://bk.sekolah.sch.id/student/conversation?id=12#call=video");
        String description = "Panggilan video atau suara di Ruang Konseling: buka " + join + " mulai 10 menit sebelum jadwal.";
        String ics = CalendarFile.of(new CalendarFile.Event("appointment-8@bk.sekolah.test", START, START.plusSeconds(1800), 0,
                false, Optional.of(join), description), STAMP);

        assertTrue(Arrays.stream(ics.split("\r\n")).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75),
                "long lines are folded");
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("\r\nURL:" + join + "\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nDESCRIPTION:" + description.replace(",", "\\,") + "\r\n"), unfolded);
    }

    @Test
    void aCancelledOrMovedAppointmentIsTheSameEventWithAHigherSequence() {
        String ics = CalendarFile.of(new CalendarFile.Event("appointment-7@bk,sekolah;test", START, START.plusSeconds(1800),
                2, true, Optional.empty(), ""), STAMP);

        assertTrue(ics.contains("\r\nSEQUENCE:2\r\n") && ics.contains("\r\nSTATUS:CANCELLED\r\n"), ics);
        assertTrue(ics.contains("\r\nUID:appointment-7@bk\\,sekolah\\;test\r\n"), "TEXT values are escaped");
    }
}
