package id.ruangkonseling.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.GridMembers;
import id.ruangkonseling.testing.Poll;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConversationIndexTest {

    private static final long SCHOOL = 1;
    private static final long STUDENT = 10;
    private static final long COUNSELOR = 20;

    private static GridMembers members;

    private final ConversationIndex index = new ConversationIndex(members.grid(0));
    private final AtomicInteger loads = new AtomicInteger();

    @BeforeAll
    static void startGrid() {
        members = GridMembers.pair();
    }

    private Optional<Grant> load(long id) {
        loads.incrementAndGet();
        return id == 5 ? Optional.of(new Grant(5, SCHOOL, STUDENT, COUNSELOR, false, 3, 0, 0)) : Optional.empty();
    }

    @Test
    void aConversationIsLoadedOnceAndThenAnsweredFromMemory() {
        assertEquals(3, index.find(5, this::load).orElseThrow().lastSeq());
        index.published(5, 4);
        assertEquals(4, index.find(5, this::load).orElseThrow().lastSeq());
        assertEquals(1, loads.get());
    }

    @Test
    void aMissingConversationIsNotRememberedAsMissing() {
        assertEquals(Optional.empty(), index.find(6, this::load));
        assertEquals(Optional.empty(), index.find(6, this::load));
        assertEquals(2, loads.get(), "a conversation created later must be found");
    }

    @Test
    void aLateAnnouncementNeverLowersTheLastNumber() {
        index.find(5, this::load);
        index.published(5, 9);
        index.published(5, 8); // committed before 9, announced after it
        assertEquals(9, index.find(5, this::load).orElseThrow().lastSeq());
    }

    @Test
    void onlyTheParticipantsOfTheSchoolAreAllowedAndAHandOverMovesTheGrant() {
        Grant grant = index.find(5, this::load).orElseThrow();
        assertTrue(grant.allows(SCHOOL, STUDENT));
        assertTrue(grant.allows(SCHOOL, COUNSELOR));
        assertFalse(grant.allows(SCHOOL, 99L));
        assertFalse(grant.allows(2L, STUDENT), "the same member id in another school is someone else");

        index.changed(5, 21L, false);

        Grant after = index.find(5, this::load).orElseThrow();
        assertFalse(after.allows(SCHOOL, COUNSELOR));
        assertTrue(after.allows(SCHOOL, 21L));
    }

    @Test
    void aWaitingPollIsWokenOnceByTheNextMessageAndLeavesTheIndex() {
        index.find(5, this::load);
        AtomicInteger woken = new AtomicInteger();
        index.await(5, 3, news -> woken.incrementAndGet());
        assertEquals(1, index.waitingPolls());

        index.published(5, 4);
        index.published(5, 5);

        assertEquals(1, woken.get());
        assertEquals(0, index.waitingPolls());
    }

    @Test
    void aPollThatRegistersAfterTheMessageCommittedIsWokenAtOnce() {
        index.find(5, this::load);
        index.published(5, 4);
        AtomicInteger woken = new AtomicInteger();

        index.await(5, 3, news -> woken.incrementAndGet());

        assertEquals(1, woken.get());
    }

    @Test
    void aCancelledPollIsNotWoken() {
        index.find(5, this::load);
        AtomicInteger woken = new AtomicInteger();
        index.await(5, 3, news -> woken.incrementAndGet()).cancel();

        index.published(5, 4);

        assertEquals(0, woken.get());
        assertEquals(0, index.waitingPolls());
    }

    @Test
    void readReceiptsAreKeptPerSideAndWakeThePolls() {
        index.find(5, this::load);
        AtomicInteger woken = new AtomicInteger();
        index.await(5, 3, news -> woken.incrementAndGet());

        index.read(5, COUNSELOR, 3);

        assertEquals(1, woken.get());
        assertEquals(3, index.find(5, this::load).orElseThrow().readByOtherThan(STUDENT));
        assertEquals(0, index.find(5, this::load).orElseThrow().readByOtherThan(COUNSELOR));
    }

    @Test
    void aMessageCommittedThroughOneInstanceWakesAPollHeldOnTheOtherWithinASecond() throws InterruptedException {
        ConversationIndex onB = new ConversationIndex(members.grid(1));
        index.find(5, this::load);
        onB.find(5, this::load);
        CountDownLatch woken = new CountDownLatch(1);
        onB.await(5, 3, news -> woken.countDown());

        index.published(5, 4);

        assertTrue(woken.await(1, TimeUnit.SECONDS), "the poll on B woke");
        assertEquals(4, onB.find(5, this::load).orElseThrow().lastSeq(), "B knows the new last number without a load");
        assertEquals(2, loads.get(), "each instance loaded the conversation once");
    }

    @Test
    void typingAndAHandOverOnOneInstanceReachTheOther() throws InterruptedException {
        ConversationIndex onB = new ConversationIndex(members.grid(1));
        onB.find(5, this::load);
        CountDownLatch woken = new CountDownLatch(1);
        onB.await(5, 3, news -> woken.countDown());
        Instant now = Instant.now();

        index.typing(5, STUDENT, now.plusSeconds(5));
        index.changed(5, 21L, false);

        assertTrue(woken.await(1, TimeUnit.SECONDS));
        assertTrue(members.grid(1).instances() == 2);
        assertTrue(Poll.until(java.time.Duration.ofSeconds(2), () -> onB.find(5, this::load).orElseThrow().allows(SCHOOL, 21L)
                ? Optional.of(true) : Optional.empty()).isPresent(), "B heard of the hand-over");
        assertTrue(onB.isTyping(5, STUDENT, now));
    }

    @Test
    void aConversationErasedThroughOneInstanceIsForgottenByTheOther() throws InterruptedException {
        ConversationIndex onB = new ConversationIndex(members.grid(1));
        onB.find(5, this::load);
        CountDownLatch woken = new CountDownLatch(1);
        onB.await(5, 3, news -> woken.countDown());

        index.forget(java.util.Set.of(5L));

        assertTrue(woken.await(1, TimeUnit.SECONDS), "the poll on B woke to find the conversation gone");
        onB.find(5, this::load);
        assertEquals(2, loads.get(), "B loads it again (and would find nothing)");
    }
}
