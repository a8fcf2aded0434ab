package id.ruangkonseling.counseling.entity;

import static id.ruangkonseling.counseling.entity.AvailabilitySlotTest.JAKARTA;
import static id.ruangkonseling.counseling.entity.AvailabilitySlotTest.SATURDAY;
import static id.ruangkonseling.counseling.entity.CounselingRequestTest.NOW;
import static id.ruangkonseling.counseling.entity.CounselingRequestTest.SCHOOL;
import static id.ruangkonseling.counseling.entity.CounselingRequestTest.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    private static final Instant MONDAY_9 = Instant.parse("2026-11-30T02:00:00Z");
    private static final Instant NEXT_MONDAY_9 = Instant.parse("2026-12-07T02:00:00Z");
    private static final Instant WEDNESDAY_13 = Instant.parse("2026-12-02T06:00:00Z");

    private final Member student = member(SCHOOL, "siswa-janji", Role.STUDENT);
    private final Member counselor = member(SCHOOL, "bk-janji", Role.COUNSELOR);
    private final AvailabilitySlot monday = new AvailabilitySlot(counselor, DayOfWeek.MONDAY, LocalTime.of(9, 0), 45,
            Set.of(ContactMode.FACE_TO_FACE, ContactMode.VIDEO), SATURDAY);
    private final AvailabilitySlot wednesday = new AvailabilitySlot(counselor, DayOfWeek.WEDNESDAY, LocalTime.of(13, 0), 30,
            Set.of(ContactMode.VIDEO), SATURDAY);
    private final Appointment appointment = monday.book(student, MONDAY_9, ContactMode.VIDEO, null, JAKARTA, SATURDAY);

    @Test
    void eitherOfThemMovesItToAnotherTimeOfTheCounselorWithAReason() {
        appointment.rescheduleTo(wednesday, WEDNESDAY_13, student, "Ada ulangan hari Senin.", JAKARTA, SATURDAY);

        assertEquals(AppointmentStatus.RESCHEDULED, appointment.status());
        assertEquals(WEDNESDAY_13, appointment.startsAt());
        assertEquals(WEDNESDAY_13.plusSeconds(30 * 60), appointment.endsAt(), "as long as the new slot");
        assertEquals(Optional.of("Ada ulangan hari Senin."), appointment.rescheduleReason());
        assertTrue(appointment.wasChangedBy(student));
        assertEquals(1, appointment.revision());
        assertTrue(appointment.holdsItsTime());

        appointment.rescheduleTo(monday, NEXT_MONDAY_9, counselor, "Saya ada rapat hari Rabu.", JAKARTA, SATURDAY);
        assertEquals(NEXT_MONDAY_9, appointment.startsAt());
        assertEquals(2, appointment.revision());
        assertTrue(appointment.wasChangedBy(counselor));
    }

    @Test
    void aMoveNeedsAReasonAndAFreeTimeOfTheSameCounselorInTheSameMode() {
        Member otherCounselor = member(SCHOOL, "bk-lain", Role.COUNSELOR);
        AvailabilitySlot theirs = new AvailabilitySlot(otherCounselor, DayOfWeek.WEDNESDAY, LocalTime.of(13, 0), 30,
                Set.of(ContactMode.VIDEO), SATURDAY);
        AvailabilitySlot faceToFaceOnly = new AvailabilitySlot(counselor, DayOfWeek.FRIDAY, LocalTime.of(8, 0), 30,
                Set.of(ContactMode.FACE_TO_FACE), SATURDAY);

        assertThrows(IllegalArgumentException.class,
                () -> appointment.rescheduleTo(wednesday, WEDNESDAY_13, student, " ", JAKARTA, SATURDAY), "a reason");
        assertThrows(IllegalArgumentException.class,
                () -> appointment.rescheduleTo(theirs, WEDNESDAY_13, student, "Bentrok.", JAKARTA, SATURDAY), "same counselor");
        assertThrows(IllegalArgumentException.class, () -> appointment.rescheduleTo(faceToFaceOnly,
                Instant.parse("2026-12-04T01:00:00Z"), student, "Bentrok.", JAKARTA, SATURDAY), "same mode");
        assertThrows(IllegalArgumentException.class,
                () -> appointment.rescheduleTo(wednesday, WEDNESDAY_13.plusSeconds(60), student, "Bentrok.", JAKARTA, SATURDAY));
        assertThrows(IllegalArgumentException.class,
                () -> appointment.rescheduleTo(monday, MONDAY_9, student, "Sama saja.", JAKARTA, SATURDAY), "not a move");
        assertEquals(AppointmentStatus.BOOKED, appointment.status());
        assertEquals(MONDAY_9, appointment.startsAt());
    }

    @Test
    void aCancelNeedsAReasonNamesWhoCancelledAndFreesTheTime() {
        assertThrows(IllegalArgumentException.class, () -> appointment.cancel(counselor, "", SATURDAY));
        assertTrue(appointment.holdsItsTime());

        appointment.cancel(counselor, "Saya sakit; silakan pilih waktu lain.", SATURDAY);

        assertEquals(AppointmentStatus.CANCELLED, appointment.status());
        assertFalse(appointment.holdsItsTime(), "a cancelled appointment frees its time");
        assertEquals(Optional.of("Saya sakit; silakan pilih waktu lain."), appointment.cancelReason());
        assertEquals(Optional.of(counselor), appointment.cancelledBy());
        assertTrue(appointment.wasChangedBy(counselor));
        assertFalse(appointment.wasChangedBy(student));
    }

    @Test
    void cancelledAndDoneAreFinal() {
        appointment.cancel(student, "Sudah membaik.", SATURDAY);
        assertThrows(IllegalStateException.class, () -> appointment.cancel(student, "Lagi.", SATURDAY));
        assertThrows(IllegalStateException.class,
                () -> appointment.rescheduleTo(wednesday, WEDNESDAY_13, student, "Lagi.", JAKARTA, SATURDAY));
        assertThrows(IllegalStateException.class, () -> appointment.markDone(counselor, MONDAY_9));

        Appointment other = monday.book(student, NEXT_MONDAY_9, ContactMode.FACE_TO_FACE, null, JAKARTA, SATURDAY);
        assertThrows(IllegalStateException.class, () -> other.markDone(counselor, SATURDAY), "not begun yet");
        other.markDone(counselor, NEXT_MONDAY_9.plusSeconds(60));
        assertEquals(AppointmentStatus.DONE, other.status());
        assertTrue(other.holdsItsTime(), "a time that was used stays taken");
        assertThrows(IllegalStateException.class, () -> other.cancel(student, "Terlambat.", NEXT_MONDAY_9.plusSeconds(120)));
    }

    @Test
    void onlyItsStudentAndCounselorChangeItAndNotOnceItHasBegun() {
        Member classmate = member(SCHOOL, "siswa-lain", Role.STUDENT);
        assertThrows(IllegalArgumentException.class, () -> appointment.cancel(classmate, "Iseng.", SATURDAY));
        assertThrows(IllegalArgumentException.class, () -> appointment.markDone(student, MONDAY_9.plusSeconds(60)));
        assertThrows(IllegalStateException.class, () -> appointment.cancel(student, "Telat.", MONDAY_9));
        assertTrue(appointment.involves(student) && appointment.involves(counselor));
        assertFalse(appointment.involves(classmate));
        assertEquals(AppointmentStatus.BOOKED, appointment.status());
    }

    @Test
    void anAppointmentIsWithACounselorOfTheStudentsSchoolAndInTheirOwnCase() {
        School elsewhere = new School("https://lms.lain", "client", "2", "SMA 2", NOW);
        AvailabilitySlot foreign = new AvailabilitySlot(member(elsewhere, "bk-x", Role.COUNSELOR), DayOfWeek.MONDAY,
                LocalTime.of(9, 0), 45, Set.of(ContactMode.VIDEO), SATURDAY);
        assertThrows(IllegalArgumentException.class,
                () -> foreign.book(student, MONDAY_9, ContactMode.VIDEO, null, JAKARTA, SATURDAY));

        CounselingCase someoneElses = new CounselingCase(member(SCHOOL, "siswa-z", Role.STUDENT), counselor, NOW);
        assertThrows(IllegalArgumentException.class,
                () -> monday.book(student, MONDAY_9, ContactMode.VIDEO, someoneElses, JAKARTA, SATURDAY));
        CounselingCase own = new CounselingCase(student, counselor, NOW);
        assertEquals(Optional.of(own), monday.book(student, MONDAY_9, ContactMode.VIDEO, own, JAKARTA, SATURDAY)
                .counselingCase());
    }
}
