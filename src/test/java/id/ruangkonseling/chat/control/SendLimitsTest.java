package id.ruangkonseling.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendLimitsTest {

    private static final Instant START = Instant.parse("2026-11-29T03:00:00Z");

    @Test
    void thirtyMessagesAMinuteThenARefusalSayingWhenToTryAgain() {
        SendLimits limits = new SendLimits();
        for (int i = 0; i < 30; i++) {
            assertEquals(Optional.empty(), limits.take(1, START.plusSeconds(i)), "message " + (i + 1));
        }
        assertEquals(Optional.of(Duration.ofSeconds(30)), limits.take(1, START.plusSeconds(30)));
        assertEquals(Optional.empty(), limits.take(2, START.plusSeconds(30)), "another member has their own limit");
        assertTrue(limits.take(1, START.plusSeconds(60)).isEmpty(), "a minute after the first, one more is allowed");
    }
}
