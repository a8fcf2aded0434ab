package id.ruangkonseling.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.ruangkonseling.chat.entity.Conversation;
import id.ruangkonseling.chat.entity.Message;
import id.ruangkonseling.chat.entity.ReadReceipt;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.testing.StandalonePersistence;
import id.ruangkonseling.testing.TargetFolder;
import id.ruangkonseling.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Conversations, messages and read receipts round-trip on H2 and MariaDB (V12): an emoji and 4,000
 * characters survive, the row lock is taken, and the database itself refuses a second message with the
 * same number or the same author's client id.
 */
class ChatMappingIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void chatRoundTripsOnH2() {
        assertRoundTrip(TestDatabase.h2(TargetFolder.fresh("it-chat-mapping-h2").resolve("rk")));
    }

    @Test
    void chatRoundTripsOnMariaDb() throws Exception {
        TestDatabase.required().withEmptySibling(ChatMappingIT::assertRoundTrip);
    }

    private static void assertRoundTrip(DataSource database) {
        EntityManagerFactory factory = StandalonePersistence.start(database);
        try {
            long[] ids = new long[3];
            String long4000 = "Saya 🙂 ".repeat(500).substring(0, 4000);
            StandalonePersistence.inTransaction(factory, em -> {
                School school = new School("https://lms.sekolah.test", "client-1", "deployment-chat", "SMA Chat", NOW);
                Member student = new Member(school, "siswa-chat", NOW);
                student.grant(Role.STUDENT);
                Member counselor = new Member(school, "bk-chat", NOW);
                counselor.grant(Role.COUNSELOR);
                em.persist(school);
                em.persist(student);
                em.persist(counselor);
                Conversation conversation = new Conversation(student, NOW);
                em.persist(conversation);
                em.flush();
                conversation.join(counselor, 42L);
                em.persist(new Message(conversation, student, "c-1", "Halo Bu 🙂", NOW));
                em.persist(new Message(conversation, counselor, "c-1", long4000, NOW));
                ReadReceipt receipt = new ReadReceipt(conversation, counselor);
                receipt.readUpTo(1);
                em.persist(receipt);
                ids[0] = conversation.id();
                ids[1] = student.id();
                ids[2] = counselor.id();
            });

            StandalonePersistence.inTransaction(factory, em -> {
                Conversation stored = em.find(Conversation.class, ids[0], LockModeType.PESSIMISTIC_WRITE);
                assertEquals(2, stored.lastSeq());
                assertEquals(Optional.of(42L), stored.caseId());
                assertEquals(ids[2], stored.counselor().orElseThrow().id());
                var bodies = em.createQuery("SELECT m FROM Message m WHERE m.conversation = :c ORDER BY m.seq", Message.class)
                        .setParameter("c", stored).getResultList();
                assertEquals("Halo Bu 🙂", bodies.get(0).body());
                assertEquals(long4000, bodies.get(1).body());
                assertEquals(NOW, bodies.get(0).sentAt());
                assertEquals(1, em.createQuery("SELECT r FROM ReadReceipt r", ReadReceipt.class).getSingleResult().lastReadSeq());
            });

            assertThrows(PersistenceException.class, () -> StandalonePersistence.inTransaction(factory, em -> {
                Conversation stored = em.find(Conversation.class, ids[0]);
                em.persist(new Message(stored, em.find(Member.class, ids[1]), "c-1", "lagi", NOW));
            }), "the same author's client id is stored once");
        } finally {
            factory.close();
        }
    }
}
