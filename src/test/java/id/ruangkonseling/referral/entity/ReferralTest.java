package id.ruangkonseling.referral.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A referral moves only forward, received → accepted → in progress → closed, and says when it last moved. */
class ReferralTest {

    private static final Instant SENT = Instant.parse("2026-03-02T01:00:00Z");
    private static final School SCHOOL = new School("https://lms.example", "client", "deployment", "SMA 1", SENT);
    private static final ReferralContent CONTENT = new ReferralContent(ServiceField.SOCIAL,
            "Sering menyendiri", "Makan sendiri sejak 3 Maret; tidak ikut kerja kelompok 5 Maret", Urgency.SOON, StudentKnows.NO);

    private final Member teacher = new Member(SCHOOL, "teacher-1", SENT);
    private final Member counselor = new Member(SCHOOL, "counselor-1", SENT);
    private final Referral referral = new Referral(teacher, new Member(SCHOOL, "student-1", SENT),
            new CourseContext(SCHOOL, "9", SENT), CONTENT, SENT);

    ReferralTest() {
        counselor.grant(Role.COUNSELOR);
    }

    @Test
    void aNewReferralIsReceivedWithWhatTheTeacherWrote() {
        assertEquals(ReferralStatus.RECEIVED, referral.status());
        assertEquals(SENT, referral.statusChangedAt());
        assertEquals(CONTENT, referral.content());
        assertEquals(SCHOOL, referral.school());
    }

    @Test
    void aCounselorAcceptsAReceivedReferral() {
        referral.accept(counselor, at(1));

        assertEquals(ReferralStatus.ACCEPTED, referral.status());
        assertEquals(Optional.of(counselor), referral.acceptedBy());
        assertEquals(at(1), referral.statusChangedAt());
    }

    @Test
    void workStartsOnAnAcceptedReferralAndThenItCloses() {
        referral.accept(counselor, at(1));
        referral.startWork(at(2));
        assertEquals(ReferralStatus.IN_PROGRESS, referral.status());
        assertEquals(at(2), referral.statusChangedAt());

        referral.close(at(3));
        assertEquals(ReferralStatus.CLOSED, referral.status());
        assertEquals(at(3), referral.statusChangedAt());
    }

    @Test
    void anAcceptedReferralMayCloseWithoutFurtherWork() {
        referral.accept(counselor, at(1));
        referral.close(at(2));

        assertEquals(ReferralStatus.CLOSED, referral.status());
    }

    @Test
    void onlyACounselorOfTheSchoolAccepts() {
        Member plainTeacher = new Member(SCHOOL, "teacher-2", SENT);
        School other = new School("https://other.example", "client", "deployment", "SMA 2", SENT);
        Member otherCounselor = new Member(other, "counselor-2", SENT);
        otherCounselor.grant(Role.COUNSELOR);

        assertThrows(IllegalArgumentException.class, () -> referral.accept(plainTeacher, at(1)));
        assertThrows(IllegalArgumentException.class, () -> referral.accept(otherCounselor, at(1)));
        assertEquals(ReferralStatus.RECEIVED, referral.status());
    }

    @Test
    void aReceivedReferralCannotSkipAcceptance() {
        assertThrows(IllegalStateException.class, () -> referral.startWork(at(1)));
        assertThrows(IllegalStateException.class, () -> referral.close(at(1)));
        assertThrows(IllegalStateException.class, () -> referral.mergeInto(7L));
        assertEquals(ReferralStatus.RECEIVED, referral.status());
    }

    @Test
    void anAcceptedReferralIsNotAcceptedTwice() {
        referral.accept(counselor, at(1));

        assertThrows(IllegalStateException.class, () -> referral.accept(counselor, at(2)));
        assertEquals(at(1), referral.statusChangedAt());
    }

    @Test
    void workInProgressDoesNotGoBack() {
        referral.accept(counselor, at(1));
        referral.startWork(at(2));

        assertThrows(IllegalStateException.class, () -> referral.accept(counselor, at(3)));
        assertThrows(IllegalStateException.class, () -> referral.startWork(at(3)));
        assertEquals(ReferralStatus.IN_PROGRESS, referral.status());
    }

    @Test
    void aClosedReferralNeverMovesAgain() {
        referral.accept(counselor, at(1));
        referral.close(at(2));

        assertThrows(IllegalStateException.class, () -> referral.accept(counselor, at(3)));
        assertThrows(IllegalStateException.class, () -> referral.startWork(at(3)));
        assertThrows(IllegalStateException.class, () -> referral.close(at(3)));
        assertThrows(IllegalStateException.class, () -> referral.mergeInto(7L));
        assertEquals(at(2), referral.statusChangedAt());
    }

    @Test
    void anAcceptedReferralJoinsOneCaseOnly() {
        referral.accept(counselor, at(1));
        referral.mergeInto(7L);

        assertEquals(Optional.of(7L), referral.caseId());
        assertEquals(ReferralStatus.ACCEPTED, referral.status(), "the teacher sees accepted, nothing about the case");
        assertThrows(IllegalStateException.class, () -> referral.mergeInto(8L));
        assertEquals(Optional.of(7L), referral.caseId());
    }

    @Test
    void aReferralStaysWithinOneSchool() {
        School other = new School("https://other.example", "client", "deployment", "SMA 2", SENT);

        assertThrows(IllegalArgumentException.class, () -> new Referral(teacher, new Member(other, "student-2", SENT),
                new CourseContext(SCHOOL, "9", SENT), CONTENT, SENT));
    }

    @Test
    void theTeachersTextsAreRequiredAndBounded() {
        String tooLong = "x".repeat(ReferralContent.MAX_TEXT + 1);

        assertThrows(IllegalArgumentException.class, () -> new ReferralContent(ServiceField.CAREER, " ", "seen",
                Urgency.NOW, StudentKnows.YES));
        assertThrows(IllegalArgumentException.class, () -> new ReferralContent(ServiceField.CAREER, "why", tooLong,
                Urgency.NOW, StudentKnows.YES));
        assertEquals("why", new ReferralContent(ServiceField.CAREER, " why ", "seen", Urgency.NOW, StudentKnows.YES).reason());
    }

    private static Instant at(int days) {
        return SENT.plus(Duration.ofDays(days));
    }
}
