package id.ruangkonseling.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@value #PER_MINUTE} messages a minute per member, counted in memory over a sliding minute.
 * Like {@link ConversationIndex}, the scale-out issue can move the counts into the data grid behind
 * {@link #take}.
 */
@ApplicationScoped
public class SendLimits {

    public static final int PER_MINUTE = 30;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final ConcurrentHashMap<Long, Deque<Instant>> sent = new ConcurrentHashMap<>();

    /** Counts one message of {@code memberId}; empty if allowed, else how long until the next one is. */
    public Optional<Duration> take(long memberId, Instant now) {
        Duration[] retryAfter = new Duration[1];
        sent.compute(memberId, (id, times) -> {
            Deque<Instant> recent = times == null ? new ArrayDeque<>() : times;
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
                recent.pollFirst();
            }
            if (recent.size() >= PER_MINUTE) {
                retryAfter[0] = Duration.between(now, recent.peekFirst().plus(WINDOW));
            } else {
                recent.addLast(now);
            }
            return recent;
        });
        return Optional.ofNullable(retryAfter[0]);
    }
}
