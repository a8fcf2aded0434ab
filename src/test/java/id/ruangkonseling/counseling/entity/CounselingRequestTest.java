package id.ruangkonseling.counseling.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.safeguarding.entity.CrisisSource;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CounselingRequestTest {

    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
    static final School SCHOOL = new School("https://lms.example", "client", "1", "SMA 1", NOW);
    static final RequestContent CONTENT = new RequestContent(ServiceField.PERSONAL, "Saya sulit tidur sejak ujian.",
            Urgency.SOON, ContactMode.CHAT, Optional.of("Setelah jam 14.00"));

    static Member member(School school, String subject, Role role) {
        Member member = new Member(school, subject, NOW);
        member.grant(role);
        return member;
    }

    private final Member student = member(SCHOOL, "siswa-1", Role.STUDENT);
    private final Member counselor = member(SCHOOL, "bk-1", Role.COUNSELOR);

    @Test
    void aStudentWhoAcknowledgedConfidentialitySubmitsARequest() {
        CounselingRequest request = new CounselingRequest(student, CONTENT, true, NOW);

        assertEquals(RequestStatus.SUBMITTED, request.status());
        assertEquals(CONTENT, request.content());
        assertTrue(request.isFrom(student));
    }

    @Test
    void thereIsNoRequestWithoutTheAcknowledgementOrFromSomeoneNotAStudent() {
        assertThrows(IllegalArgumentException.class, () -> new CounselingRequest(student, CONTENT, false, NOW));
        assertThrows(IllegalArgumentException.class, () -> new CounselingRequest(counselor, CONTENT, true, NOW));
        assertThrows(IllegalArgumentException.class, () -> new CounselingRequest(student,
                new RequestContent(ServiceField.SOCIAL, " ", Urgency.NOW, ContactMode.CHAT, Optional.empty()), true, NOW));
        assertThrows(IllegalArgumentException.class, () -> new CounselingRequest(student,
                new RequestContent(ServiceField.SOCIAL, "x".repeat(CounselingRequest.ABOUT_LENGTH + 1), Urgency.NOW,
                        ContactMode.CHAT, Optional.empty()), true, NOW));
    }

    @Test
    void acceptingOpensTheCaseOfTheCounselorWhoAcceptedIt() {
        CounselingRequest request = new CounselingRequest(student, CONTENT, true, NOW);

        CounselingCase opened = request.accept(counselor, NOW.plusSeconds(60));

        assertEquals(RequestStatus.ACCEPTED, request.status());
        assertEquals(Optional.of(opened), request.counselingCase());
        assertEquals(CaseStatus.NEW, opened.status());
        assertTrue(opened.isWorkedBy(counselor));
        assertEquals(student, opened.student());
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        CounselingRequest accepted = new CounselingRequest(student, CONTENT, true, NOW);
        accepted.accept(counselor, NOW);
        assertThrows(IllegalStateException.class, () -> accepted.accept(counselor, NOW));
        assertThrows(IllegalStateException.class, () -> accepted.decline("Maaf", NOW));

        CounselingRequest declined = new CounselingRequest(student, CONTENT, true, NOW);
        declined.decline("Bu Rina sedang cuti; Pak Budi akan menghubungimu.", NOW);
        assertEquals(RequestStatus.DECLINED, declined.status());
        assertThrows(IllegalStateException.class, () -> declined.accept(counselor, NOW));
    }

    @Test
    void aDeclineNeedsAReasonTheStudentCanRead() {
        CounselingRequest request = new CounselingRequest(student, CONTENT, true, NOW);
        assertThrows(IllegalArgumentException.class, () -> request.decline("  ", NOW));
        assertEquals(RequestStatus.SUBMITTED, request.status());
    }

    @Test
    void onlyACounselorOfTheStudentsSchoolCanAccept() {
        School other = new School("https://other.example", "client", "1", "SMA 2", NOW);
        CounselingRequest request = new CounselingRequest(student, CONTENT, true, NOW);

        assertThrows(IllegalArgumentException.class, () -> request.accept(member(other, "bk-9", Role.COUNSELOR), NOW));
        assertThrows(IllegalArgumentException.class, () -> request.accept(member(SCHOOL, "guru-1", Role.TEACHER), NOW));
        assertEquals(RequestStatus.SUBMITTED, request.status());
    }

    @Test
    void theCaseCarriesOnTheCrisisOfItsRequestAndALaterOneReplacesIt() {
        CounselingRequest plain = new CounselingRequest(student, CONTENT, true, NOW);
        assertEquals(Optional.empty(), plain.crisis());
        assertEquals(Optional.empty(), plain.accept(counselor, NOW).crisis(), "no crisis, no mark on the case");

        CounselingRequest alarming = new CounselingRequest(student, CONTENT, true, NOW);
        alarming.escalate(CrisisSource.REQUEST, NOW);
        CounselingCase opened = alarming.accept(counselor, NOW.plusSeconds(60));
        assertEquals(Optional.of(new CrisisMark(CrisisSource.REQUEST, NOW)), opened.crisis(), "when and from what, unchanged");

        opened.escalate(CrisisSource.MESSAGE, NOW.plusSeconds(120));
        assertEquals(Optional.of(new CrisisMark(CrisisSource.MESSAGE, NOW.plusSeconds(120))), opened.crisis());
        assertEquals(Optional.of(new CrisisMark(CrisisSource.REQUEST, NOW)), alarming.crisis(),
                "the request keeps its own mark: the case has a copy, not the same value");
    }
}
