package id.ruangkonseling.safeguarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.platform.entity.Invalid;
import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.platform.entity.NotPossible;
import id.ruangkonseling.safeguarding.entity.ExportRequest.State;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportRequestTest {

    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    static final School SCHOOL = new School("https://lms.example", "client", "1", "SMA 1", NOW);
    static final String REASON = "Orang tua siswa meminta salinan lengkap secara tertulis.";

    private final Member admin = member(SCHOOL, "admin-1", Role.SCHOOL_ADMIN);
    private final Member student = member(SCHOOL, "siswa-1", Role.STUDENT);
    private final Member counselor = member(SCHOOL, "bk-1", Role.COUNSELOR);

    @Test
    void aCosignatureOpensTheWholeFileToTheAdminWhoAskedForADay() {
        ExportRequest request = new ExportRequest(admin, student, counselor, "  " + REASON + " ", NOW);
        assertEquals(State.WAITING, request.state(NOW));
        assertFalse(request.opensFileTo(admin, NOW), "asking alone opens nothing");
        assertEquals(REASON, request.reason());

        request.cosign(counselor, NOW.plusSeconds(60));
        assertEquals(State.COSIGNED, request.state(NOW.plusSeconds(120)));
        assertTrue(request.opensFileTo(admin, NOW.plusSeconds(120)));
        assertFalse(request.opensFileTo(member(SCHOOL, "admin-2", Role.SCHOOL_ADMIN), NOW.plusSeconds(120)),
                "only to the admin who asked");
        assertEquals(Optional.of(NOW.plusSeconds(60).plus(ExportRequest.OPEN_FOR)), request.openUntil());

        Instant dayLater = NOW.plusSeconds(60).plus(ExportRequest.OPEN_FOR);
        assertEquals(State.EXPIRED, request.state(dayLater));
        assertFalse(request.opensFileTo(admin, dayLater), "a day after the co-signature the file is closed again");
    }

    @Test
    void aRefusalOpensNothingAndIsFinal() {
        ExportRequest request = new ExportRequest(admin, student, counselor, REASON, NOW);
        request.refuse(counselor, NOW.plusSeconds(60));
        assertEquals(State.REFUSED, request.state(NOW.plusSeconds(60)));
        assertFalse(request.opensFileTo(admin, NOW.plusSeconds(60)));
        assertEquals(Optional.empty(), request.openUntil());
        NotPossible again = assertThrows(NotPossible.class, () -> request.cosign(counselor, NOW.plusSeconds(120)));
        assertEquals("privacy.cosign.gone", again.textKey());
    }

    @Test
    void onlyTheCounselorAskedAnswersAndNotAfterAWeek() {
        ExportRequest request = new ExportRequest(admin, student, counselor, REASON, NOW);
        assertThrows(NotFound.class, () -> request.cosign(member(SCHOOL, "bk-2", Role.COUNSELOR), NOW));
        counselor.revoke(Role.COUNSELOR);
        assertThrows(NotFound.class, () -> request.cosign(counselor, NOW), "a released counselor co-signs nothing");
        counselor.grant(Role.COUNSELOR);

        Instant weekLater = NOW.plus(ExportRequest.ANSWER_WITHIN);
        assertEquals(State.EXPIRED, request.state(weekLater));
        assertThrows(NotPossible.class, () -> request.cosign(counselor, weekLater));
        assertFalse(request.opensFileTo(admin, weekLater));
    }

    @Test
    void theAdminNeverCosignsTheirOwnRequestEvenAsACounselor() {
        admin.grant(Role.COUNSELOR);
        Invalid refused = assertThrows(Invalid.class, () -> new ExportRequest(admin, student, admin, REASON, NOW));
        assertEquals("counselor", refused.field());
        assertEquals("privacy.cosign.notYourself", refused.textKey());
    }

    @Test
    void theReasonIsAsLongAsABreakGlassReasonAndTheCounselorOfTheSchool() {
        String short19 = "x".repeat(ExportRequest.REASON_MIN - 1);
        assertEquals("reason", assertThrows(Invalid.class, () -> new ExportRequest(admin, student, counselor, short19, NOW)).field());
        assertEquals("reason", assertThrows(Invalid.class, () -> new ExportRequest(admin, student, counselor, null, NOW)).field());
        assertEquals("reason", assertThrows(Invalid.class, () -> new ExportRequest(admin, student, counselor,
                "x".repeat(ExportRequest.REASON_LENGTH + 1), NOW)).field());
        new ExportRequest(admin, student, counselor, "x".repeat(ExportRequest.REASON_MIN), NOW);

        School other = new School("https://lms.other", "client", "2", "SMA 2", NOW);
        assertEquals("counselor", assertThrows(Invalid.class, () -> new ExportRequest(admin, student,
                member(other, "bk-x", Role.COUNSELOR), REASON, NOW)).field(), "a counselor of another school is no choice");
        assertEquals("counselor", assertThrows(Invalid.class, () -> new ExportRequest(admin, student,
                member(SCHOOL, "guru-1", Role.TEACHER), REASON, NOW)).field());
    }

    private static Member member(School school, String subject, Role role) {
        Member member = new Member(school, subject, NOW);
        member.grant(role);
        return member;
    }
}
