package id.ruangkonseling.chat.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.GridMembers;
import id.ruangkonseling.testing.Poll;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private static final Instant START = Instant.parse("2026-11-29T03:00:00Z");

    private static GridMembers members;

    private final Presence presence = new Presence(members.grid(0));

    @BeforeAll
    static void startGrid() {
        members = GridMembers.pair();
    }

    @Test
    void someoneWhoNeverPolledTheConversationIsAway() {
        assertTrue(presence.away(7, 1, START));
    }

    @Test
    void aPollKeepsTheMemberPresentForTwoMinutesInThatConversationOnly() {
        presence.seen(7, 1, START);

        assertFalse(presence.away(7, 1, START.plusSeconds(119)));
        assertTrue(presence.away(8, 1, START.plusSeconds(1)), "another conversation of theirs");
        assertTrue(presence.away(7, 2, START.plusSeconds(1)), "the other participant");
        assertTrue(presence.away(7, 1, START.plusSeconds(120)), "two minutes without a poll");
    }

    @Test
    void aLaterPollCountsAndAnEarlierOneArrivingLateDoesNot() {
        presence.seen(7, 1, START.plusSeconds(100));
        presence.seen(7, 1, START);

        assertFalse(presence.away(7, 1, START.plusSeconds(200)));
        assertTrue(presence.away(7, 1, START.plusSeconds(220)));
    }

    @Test
    void aPollIsKeptToTheSecondSoThatOnePersonsManyPollsAreReadsNotWrites() {
        presence.seen(7, 1, START);
        presence.seen(7, 1, START.plusMillis(900));
        presence.seen(8, 1, START);
        presence.seen(8, 1, START.plusMillis(1100));

        assertTrue(presence.away(7, 1, START.plusSeconds(120)), "the poll 0.9 s after the last was not written");
        assertFalse(presence.away(8, 1, START.plusSeconds(120)), "the poll 1.1 s after the last was");
    }

    @Test
    void aPollThroughOneInstanceMakesTheMemberPresentOnTheOther() {
        Presence onB = new Presence(members.grid(1));
        presence.seen(9, 1, START);

        assertTrue(Poll.until(Duration.ofSeconds(5), () -> onB.away(9, 1, START.plusSeconds(1)) ? Optional.empty() : Optional.of(true))
                .isPresent(), "B heard of the poll on A");
    }
}
