package id.ruangkonseling.counseling.entity;

import static id.ruangkonseling.counseling.entity.CounselingRequestTest.SCHOOL;
import static id.ruangkonseling.counseling.entity.CounselingRequestTest.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AvailabilitySlotTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Saturday 28 November 2026, 10:00 in Jakarta. */
    static final Instant SATURDAY = Instant.parse("2026-11-28T03:00:00Z");

    private final Member counselor = member(SCHOOL, "bk-slot", Role.COUNSELOR);
    private final Member student = member(SCHOOL, "siswa-slot", Role.STUDENT);
    private final AvailabilitySlot monday = new AvailabilitySlot(counselor, DayOfWeek.MONDAY, LocalTime.of(9, 0), 45,
            Set.of(ContactMode.FACE_TO_FACE, ContactMode.VIDEO), SATURDAY);

    @Test
    void aWeeklySlotOccursOnItsDayAtItsTimeInTheSchoolsZone() {
        List<Instant> next = monday.occurrences(SATURDAY, SATURDAY.plus(21, ChronoUnit.DAYS), JAKARTA);

        assertEquals(List.of(Instant.parse("2026-11-30T02:00:00Z"), Instant.parse("2026-12-07T02:00:00Z"),
                Instant.parse("2026-12-14T02:00:00Z")), next, "Mondays at 09:00 in Jakarta are 02:00 UTC");
        assertTrue(monday.occursAt(Instant.parse("2026-11-30T02:00:00Z"), JAKARTA));
        assertFalse(monday.occursAt(Instant.parse("2026-11-30T02:15:00Z"), JAKARTA));
        assertFalse(monday.occursAt(Instant.parse("2026-11-30T02:00:00Z"), ZoneId.of("Asia/Makassar")),
                "another zone's 09:00 is another instant");
        assertEquals(LocalTime.of(9, 45), monday.end());
    }

    @Test
    void anOccurrenceIsBookedOnlyAtItsTimeInAnOfferedModeAndAhead() {
        Instant next = Instant.parse("2026-11-30T02:00:00Z");
        Appointment booked = monday.book(student, next, ContactMode.VIDEO, null, JAKARTA, SATURDAY);

        assertEquals(next, booked.startsAt());
        assertEquals(next.plus(45, ChronoUnit.MINUTES), booked.endsAt());
        assertEquals(AppointmentStatus.BOOKED, booked.status());
        assertTrue(booked.holdsItsTime());
        assertThrows(IllegalArgumentException.class,
                () -> monday.book(student, next.plusSeconds(600), ContactMode.VIDEO, null, JAKARTA, SATURDAY), "not its time");
        assertThrows(IllegalArgumentException.class,
                () -> monday.book(student, next, ContactMode.CHAT, null, JAKARTA, SATURDAY), "chat is not offered then");
        assertThrows(IllegalArgumentException.class,
                () -> monday.book(student, next, ContactMode.VIDEO, null, JAKARTA, next), "it has begun");
        assertThrows(IllegalArgumentException.class,
                () -> monday.book(counselor, next, ContactMode.VIDEO, null, JAKARTA, SATURDAY), "only students book");
    }

    @Test
    void aRemovedSlotHasNoMoreTimesAndCannotBeBooked() {
        monday.remove(SATURDAY);

        assertFalse(monday.isActive());
        assertTrue(monday.occurrences(SATURDAY, SATURDAY.plus(14, ChronoUnit.DAYS), JAKARTA).isEmpty());
        assertThrows(IllegalStateException.class, () -> monday.book(student, Instant.parse("2026-11-30T02:00:00Z"),
                ContactMode.VIDEO, null, JAKARTA, SATURDAY));
        assertThrows(IllegalStateException.class, () -> monday.remove(SATURDAY), "removed once");
    }

    @Test
    void slotsThatShareTimeOverlap() {
        assertTrue(monday.overlaps(DayOfWeek.MONDAY, LocalTime.of(9, 30), 30));
        assertTrue(monday.overlaps(DayOfWeek.MONDAY, LocalTime.of(8, 30), 31));
        assertFalse(monday.overlaps(DayOfWeek.MONDAY, LocalTime.of(9, 45), 30), "back to back is fine");
        assertFalse(monday.overlaps(DayOfWeek.TUESDAY, LocalTime.of(9, 0), 45));
    }

    @Test
    void onlyACounselorPublishesASensibleSlot() {
        Set<ContactMode> video = Set.of(ContactMode.VIDEO);
        assertThrows(IllegalArgumentException.class,
                () -> new AvailabilitySlot(student, DayOfWeek.MONDAY, LocalTime.NOON, 30, video, SATURDAY));
        assertThrows(IllegalArgumentException.class,
                () -> new AvailabilitySlot(counselor, DayOfWeek.MONDAY, LocalTime.NOON, 10, video, SATURDAY), "too short");
        assertThrows(IllegalArgumentException.class,
                () -> new AvailabilitySlot(counselor, DayOfWeek.MONDAY, LocalTime.NOON, 300, video, SATURDAY), "too long");
        assertThrows(IllegalArgumentException.class,
                () -> new AvailabilitySlot(counselor, DayOfWeek.MONDAY, LocalTime.of(23, 30), 60, video, SATURDAY),
                "past midnight");
        assertThrows(IllegalArgumentException.class,
                () -> new AvailabilitySlot(counselor, DayOfWeek.MONDAY, LocalTime.NOON, 30, Set.of(), SATURDAY), "no mode");
        assertThrows(IllegalArgumentException.class, () -> new AvailabilitySlot(counselor, DayOfWeek.MONDAY, LocalTime.NOON,
                30, Set.of(ContactMode.MESSAGES), SATURDAY), "messages need no appointment");
        assertEquals(Set.of(ContactMode.FACE_TO_FACE, ContactMode.VIDEO), monday.modes());
    }
}
