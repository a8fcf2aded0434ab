package id.ruangkonseling.counseling.entity;

import static id.ruangkonseling.counseling.entity.CounselingRequestTest.NOW;
import static id.ruangkonseling.counseling.entity.CounselingRequestTest.SCHOOL;
import static id.ruangkonseling.counseling.entity.CounselingRequestTest.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CounselingCaseTest {

    private final Member student = member(SCHOOL, "siswa-2", Role.STUDENT);
    private final Member counselor = member(SCHOOL, "bk-2", Role.COUNSELOR);
    private final CounselingCase counselingCase = new CounselingCase(student, counselor, NOW);

    @Test
    void aCaseIsWorkedWaitsAndClosesWithAnOutcome() {
        counselingCase.activate(NOW.plusSeconds(1));
        counselingCase.waitFor(NOW.plusSeconds(2));
        counselingCase.activate(NOW.plusSeconds(3));
        counselingCase.close("Tidur kembali teratur; tindak lanjut bulan depan.", NOW.plusSeconds(4));

        assertEquals(CaseStatus.CLOSED, counselingCase.status());
        assertEquals(Optional.of("Tidur kembali teratur; tindak lanjut bulan depan."), counselingCase.outcome());
        assertEquals(NOW.plusSeconds(4), counselingCase.changedAt());
    }

    @Test
    void aClosedCaseIsReopenedNotWorkedOnAsIfOpen() {
        counselingCase.close("Selesai.", NOW);

        assertThrows(IllegalStateException.class, () -> counselingCase.waitFor(NOW));
        assertThrows(IllegalStateException.class, () -> counselingCase.activate(NOW));
        assertThrows(IllegalStateException.class, () -> counselingCase.close("Lagi.", NOW));

        counselingCase.reopen(NOW.plusSeconds(5));
        assertEquals(CaseStatus.ACTIVE, counselingCase.status());
    }

    @Test
    void illegalStepsThrowAndChangeNothing() {
        assertThrows(IllegalStateException.class, () -> counselingCase.reopen(NOW), "a new case is not closed");
        counselingCase.activate(NOW);
        assertThrows(IllegalStateException.class, () -> counselingCase.activate(NOW), "already active");
        assertThrows(IllegalArgumentException.class, () -> counselingCase.close(" ", NOW), "an outcome is required");
        assertEquals(CaseStatus.ACTIVE, counselingCase.status());
    }

    @Test
    void aCaseGoesOnlyToACounselorOfTheStudentsSchool() {
        Member colleague = member(SCHOOL, "bk-3", Role.COUNSELOR);
        counselingCase.assignTo(colleague, NOW);
        assertTrue(counselingCase.isWorkedBy(colleague));

        assertThrows(IllegalArgumentException.class, () -> counselingCase.assignTo(member(SCHOOL, "guru-3", Role.TEACHER), NOW));
        assertThrows(IllegalArgumentException.class, () -> new CounselingCase(student, student, NOW));
        assertTrue(counselingCase.isWorkedBy(colleague));
    }
}
