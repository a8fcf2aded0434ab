package id.ruangkonseling.chat.control;

import com.hazelcast.map.IMap;
import id.ruangkonseling.platform.control.DataGrid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * At most {@value #PER_MINUTE} messages a minute per member, over a sliding minute, counted for the whole
 * cluster: the times of each member's recent messages live in one of the data grid's maps, changed under the
 * grid's lock on that member, so that messages through two instances count together.
 */
@ApplicationScoped
public class SendLimits {

    public static final int PER_MINUTE = 30;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    static final String MAP = "rk.sent-messages";

    @Inject
    DataGrid grid;

    SendLimits() {
        // for CDI
    }

    /** Limits on this grid member, for tests. */
    SendLimits(DataGrid grid) {
        this.grid = grid;
    }

    /** Counts one message of {@code memberId}; empty if allowed, else how long until the next one is. */
    public Optional<Duration> take(long memberId, Instant now) {
        IMap<Long, long[]> sent = grid.map(MAP);
        sent.lock(memberId);
        try {
            long windowStart = now.minus(WINDOW).toEpochMilli();
            long[] recent = Arrays.stream(sent.getOrDefault(memberId, new long[0])).filter(at -> at > windowStart).toArray();
            if (recent.length >= PER_MINUTE) {
                return Optional.of(Duration.ofMillis(recent[0] - windowStart));
            }
            long[] withThis = Arrays.copyOf(recent, recent.length + 1);
            withThis[recent.length] = now.toEpochMilli();
            sent.set(memberId, withThis, WINDOW.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } finally {
            sent.unlock(memberId);
        }
    }
}
