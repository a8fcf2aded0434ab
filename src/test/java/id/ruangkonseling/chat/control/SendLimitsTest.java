package id.ruangkonseling.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import id.ruangkonseling.testing.GridMembers;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SendLimitsTest {

    private static final Instant START = Instant.parse("2026-11-29T03:00:00Z");

    private static GridMembers members;

    @BeforeAll
    static void startGrid() {
        members = GridMembers.pair();
    }

    @Test
    void thirtyMessagesAMinuteThenARefusalSayingWhenToTryAgain() {
        SendLimits limits = new SendLimits(members.grid(0));
        for (int i = 0; i < 30; i++) {
            assertEquals(Optional.empty(), limits.take(1, START.plusSeconds(i)), "message " + (i + 1));
        }
        assertEquals(Optional.of(Duration.ofSeconds(30)), limits.take(1, START.plusSeconds(30)));
        assertEquals(Optional.empty(), limits.take(2, START.plusSeconds(30)), "another member has their own limit");
        assertTrue(limits.take(1, START.plusSeconds(60)).isEmpty(), "a minute after the first, one more is allowed");
    }

    @Test
    void messagesThroughTwoInstancesCountTogether() {
        SendLimits onA = new SendLimits(members.grid(0));
        SendLimits onB = new SendLimits(members.grid(1));
        int accepted = 0;
        for (int i = 0; i < 40; i++) {
            SendLimits through = i % 2 == 0 ? onA : onB;
            accepted += through.take(3, START.plusSeconds(i)).isEmpty() ? 1 : 0;
        }
        assertEquals(30, accepted);
    }
}
