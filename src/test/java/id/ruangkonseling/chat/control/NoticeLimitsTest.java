package id.ruangkonseling.chat.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.GridMembers;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NoticeLimitsTest {

    private static final Instant START = Instant.parse("2026-11-29T03:00:00Z");

    private static GridMembers members;

    private final NoticeLimits limits = new NoticeLimits(members.grid(0));

    @BeforeAll
    static void startGrid() {
        members = GridMembers.pair();
    }

    @BeforeEach
    void nothingNoticedYet() {
        members.grid(0).map(NoticeLimits.MAP).clear();
    }

    @Test
    void oneNoticePerConversationAndRecipientEveryFifteenMinutes() {
        assertTrue(limits.take(7, 1, START));

        assertFalse(limits.take(7, 1, START.plusSeconds(1)));
        assertFalse(limits.take(7, 1, START.plusSeconds(15 * 60 - 1)));
        assertTrue(limits.take(7, 1, START.plusSeconds(15 * 60)), "fifteen minutes after the first");
        assertFalse(limits.take(7, 1, START.plusSeconds(15 * 60 + 1)), "counted again from the second");
    }

    @Test
    void anotherRecipientOrConversationHasItsOwnQuota() {
        assertTrue(limits.take(7, 1, START));

        assertTrue(limits.take(7, 2, START.plusSeconds(1)), "the other participant");
        assertTrue(limits.take(8, 1, START.plusSeconds(2)), "another conversation");
    }

    @Test
    void aRefusedNoticeDoesNotPushTheNextOneBack() {
        assertTrue(limits.take(7, 1, START));
        assertFalse(limits.take(7, 1, START.plusSeconds(14 * 60)));

        assertTrue(limits.take(7, 1, START.plusSeconds(15 * 60)));
    }

    @Test
    void aNoticeSentThroughOneInstanceKeepsTheOtherQuiet() {
        assertTrue(limits.take(7, 1, START));

        assertFalse(new NoticeLimits(members.grid(1)).take(7, 1, START.plusSeconds(1)));
    }
}
