package id.ruangkonseling.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one e-mail notice per conversation and recipient every {@link #QUIET_FOR}: a burst of messages
 * is one "something new". Counted in memory; like {@link SendLimits}, it can move into the data grid
 * behind {@link #take}.
 */
@ApplicationScoped
public class NoticeLimits {

    public static final Duration QUIET_FOR = Duration.ofMinutes(15);

    private final ConcurrentHashMap<Recipient, Instant> lastNotice = new ConcurrentHashMap<>();

    /** Whether a notice to the member about the conversation may go now; if so, it counts from {@code now}. */
    public boolean take(long conversationId, long memberId, Instant now) {
        boolean[] allowed = new boolean[1];
        lastNotice.compute(new Recipient(conversationId, memberId), (recipient, last) -> {
            allowed[0] = last == null || !last.plus(QUIET_FOR).isAfter(now);
            return allowed[0] ? now : last;
        });
        lastNotice.values().removeIf(last -> last.plus(QUIET_FOR).isBefore(now));
        return allowed[0];
    }

    private record Recipient(long conversationId, long memberId) {
    }
}
