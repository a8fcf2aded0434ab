package id.ruangkonseling.counseling.entity;

import static id.ruangkonseling.counseling.entity.CounselingRequestTest.NOW;
import static id.ruangkonseling.counseling.entity.CounselingRequestTest.SCHOOL;
import static id.ruangkonseling.counseling.entity.CounselingRequestTest.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseNoteTest {

    private static final LocalDate SESSION = LocalDate.of(2026, 11, 20);

    private final Member student = member(SCHOOL, "siswa-n", Role.STUDENT);
    private final Member counselor = member(SCHOOL, "bk-n", Role.COUNSELOR);
    private final CounselingCase counselingCase = new CounselingCase(student, counselor, NOW);

    @Test
    void theCasesCounselorWritesAStructuredNote() {
        CaseNote note = counselingCase.writeNote(counselor, content("  Cemas menjelang ujian.  ", SESSION.plusDays(7)), NOW);

        NoteContent written = note.content();
        assertEquals(SESSION, written.heldOn());
        assertEquals(ContactMode.FACE_TO_FACE, written.mode());
        assertEquals("Cemas menjelang ujian.", written.summary());
        assertEquals(Optional.of("Latihan napas; jadwal belajar."), written.plan());
        assertEquals(Optional.of(SESSION.plusDays(7)), written.followUpOn());
        assertEquals(counselingCase, note.counselingCase());
        assertEquals(SCHOOL, note.school());
    }

    @Test
    void onlyTheCasesCounselorWritesAndOnlyWhileTheCaseIsOpen() {
        Member colleague = member(SCHOOL, "bk-lain", Role.COUNSELOR);
        assertThrows(IllegalArgumentException.class, () -> counselingCase.writeNote(colleague, content("x", null), NOW));
        assertThrows(IllegalArgumentException.class, () -> counselingCase.writeNote(student, content("x", null), NOW));

        counselingCase.close("Selesai.", NOW);
        assertThrows(IllegalStateException.class, () -> counselingCase.writeNote(counselor, content("x", null), NOW));
        counselingCase.reopen(NOW);
        assertEquals(SESSION, counselingCase.writeNote(counselor, content("Kembali.", null), NOW).content().heldOn());
    }

    @Test
    void aNoteNeedsASummaryOfReasonableLengthAndAFollowUpAfterTheSession() {
        assertThrows(IllegalArgumentException.class, () -> counselingCase.writeNote(counselor, content(" ", null), NOW));
        assertThrows(IllegalArgumentException.class,
                () -> counselingCase.writeNote(counselor, content("x".repeat(CaseNote.SUMMARY_LENGTH + 1), null), NOW));
        assertThrows(IllegalArgumentException.class,
                () -> counselingCase.writeNote(counselor, content("Ok.", SESSION.minusDays(1)), NOW));
    }

    @Test
    void aClosedCaseIsNotHandedOver() {
        counselingCase.close("Selesai.", NOW);
        assertThrows(IllegalStateException.class,
                () -> counselingCase.assignTo(member(SCHOOL, "bk-x", Role.COUNSELOR), NOW));
    }

    private static NoteContent content(String summary, LocalDate followUp) {
        return new NoteContent(SESSION, ContactMode.FACE_TO_FACE, summary, Optional.of("Latihan napas; jadwal belajar."),
                Optional.ofNullable(followUp));
    }
}
