package id.ruangkonseling.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A held poll wakes once, for news under one of its keys only, and leaves every key when it does. */
class HeldPollsTest {

    private final HeldPolls<String> polls = new HeldPolls<>();
    private final AtomicInteger woken = new AtomicInteger();

    @Test
    void aPollWakesForNewsUnderItsKeyAndNoOther() {
        polls.hold(List.of("member:1"), woken::incrementAndGet, () -> false);
        polls.wake("member:2");
        assertEquals(0, woken.get(), "not for another member");
        polls.wake("member:1");
        assertEquals(1, woken.get());
        assertEquals(0, polls.held(), "a woken poll leaves");
    }

    @Test
    void aPollUnderTwoKeysWakesOnceAndLeavesBoth() {
        polls.hold(List.of("school:1", "member:1"), woken::incrementAndGet, () -> false);
        polls.wake("school:1");
        polls.wake("member:1");
        assertEquals(1, woken.get());
        assertEquals(0, polls.held());
    }

    @Test
    void aCancelledPollNeverWakes() {
        polls.hold(List.of("member:1"), woken::incrementAndGet, () -> false).cancel();
        polls.wake("member:1");
        assertEquals(0, woken.get());
        assertEquals(0, polls.held());
    }

    @Test
    void newsThatCameBeforeThePollWasHeldWakesItAtOnce() {
        polls.hold(List.of("member:1"), woken::incrementAndGet, () -> true);
        assertEquals(1, woken.get());
        assertEquals(0, polls.held());
    }

    @Test
    void pollsWokenByTheSameNewsShareAReadAndTheNextNewsReadsAnew() {
        AtomicInteger reads = new AtomicInteger();
        List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 3; i++) {
            polls.holdFor(List.of("conversation:5"), news -> seen.add(news.shared("page", reads::incrementAndGet)), () -> false);
        }
        polls.wake("conversation:5");
        assertEquals(List.of(1, 1, 1), seen, "three polls, one read");

        polls.holdFor(List.of("conversation:5"), news -> seen.add(news.shared("page", reads::incrementAndGet)), () -> false);
        polls.wake("conversation:5");
        assertEquals(2, seen.getLast(), "the next news is read again");
    }
}
