package id.ruangkonseling.chat.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private static final Instant START = Instant.parse("2026-11-29T03:00:00Z");

    private final Presence presence = new Presence();

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
}
