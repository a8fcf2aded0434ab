package id.ruangkonseling.chat.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    private static final School SCHOOL = new School("https://lms.example", "client", "1", "SMA 1", NOW);
    private static final School OTHER = new School("https://lms.example", "client", "2", "SMA 2", NOW);

    private final Member student = member(SCHOOL, "siswa", Role.STUDENT);
    private final Member counselor = member(SCHOOL, "bk", Role.COUNSELOR);
    private final Member otherCounselor = member(SCHOOL, "bk-2", Role.COUNSELOR);

    private static Member member(School school, String subject, Role role) {
        Member member = new Member(school, subject, NOW);
        member.grant(role);
        return member;
    }

    @Test
    void theStudentWritesWhileWaitingAndMessagesAreNumberedOneAfterTheOther() {
        Conversation conversation = new Conversation(student, NOW);

        Message first = new Message(conversation, student, "a-1", "Halo, Bu.", NOW);
        Message second = new Message(conversation, student, "a-2", "Saya tunggu ya.", NOW);

        assertEquals(1, first.seq());
        assertEquals(2, second.seq());
        assertEquals(2, conversation.lastSeq());
        assertEquals(Optional.empty(), conversation.counselor());
    }

    @Test
    void onlyTheStudentAndTheCounselorWhoJoinedWriteAndAHandOverShutsTheFormerOut() {
        Conversation conversation = new Conversation(student, NOW);
        assertThrows(IllegalArgumentException.class, () -> new Message(conversation, counselor, "b-1", "Halo", NOW));

        conversation.join(counselor, 7L);
        assertTrue(conversation.hasParticipant(counselor));
        assertEquals(Optional.of(7L), conversation.caseId());
        assertThrows(IllegalStateException.class, () -> conversation.join(otherCounselor, 8L), "one counselor at a time");

        conversation.handOver(otherCounselor);
        assertFalse(conversation.hasParticipant(counselor));
        assertTrue(conversation.hasParticipant(otherCounselor));
    }

    @Test
    void onlyACounselorOfTheSchoolJoins() {
        Conversation conversation = new Conversation(student, NOW);
        assertThrows(IllegalArgumentException.class, () -> conversation.join(student, null));
        assertThrows(IllegalArgumentException.class, () -> conversation.join(member(OTHER, "bk-lain", Role.COUNSELOR), null));
    }

    @Test
    void aClosedConversationTakesNoMoreMessages() {
        Conversation conversation = new Conversation(student, NOW);
        conversation.close(NOW);
        assertThrows(IllegalStateException.class, () -> new Message(conversation, student, "c-1", "Masih di sana?", NOW));
    }

    @Test
    void aMessageIsNeitherEmptyNorLongerThan4000CharactersAndHasAUsableClientId() {
        Conversation conversation = new Conversation(student, NOW);
        assertEquals(4000, new Message(conversation, student, "ok", "x".repeat(4000), NOW).body().length());
        assertThrows(IllegalArgumentException.class, () -> new Message(conversation, student, "d-1", "x".repeat(4001), NOW));
        assertThrows(IllegalArgumentException.class, () -> new Message(conversation, student, "d-2", "  ", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Message(conversation, student, "", "Halo", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Message(conversation, student, "a b<script>", "Halo", NOW));
        assertEquals(1, conversation.lastSeq(), "a refused message takes no number");
    }

    @Test
    void aReadReceiptOnlyMovesForwardWithinTheConversation() {
        Conversation conversation = new Conversation(student, NOW);
        new Message(conversation, student, "e-1", "Satu", NOW);
        new Message(conversation, student, "e-2", "Dua", NOW);
        ReadReceipt receipt = new ReadReceipt(conversation, student);

        receipt.readUpTo(2);
        receipt.readUpTo(1);

        assertEquals(2, receipt.lastReadSeq());
        assertThrows(IllegalArgumentException.class, () -> receipt.readUpTo(3));
        assertThrows(IllegalArgumentException.class, () -> new ReadReceipt(conversation, counselor));
    }
}
