package id.ruangkonseling.chat.control;

import com.hazelcast.map.IMap;
import id.ruangkonseling.platform.control.DataGrid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * At most one e-mail notice per conversation and recipient every {@link #QUIET_FOR}: a burst of messages
 * is one "something new". Counted for the whole cluster in one of the data grid's maps, each entry gone by
 * itself once quiet, so that two instances never both send one.
 */
@ApplicationScoped
public class NoticeLimits {

    public static final Duration QUIET_FOR = Duration.ofMinutes(15);
    static final String MAP = "rk.last-notices";

    @Inject
    DataGrid grid;

    NoticeLimits() {
        // for CDI
    }

    /** Limits on this grid member, for tests. */
    NoticeLimits(DataGrid grid) {
        this.grid = grid;
    }

    /** Whether a notice to the member about the conversation may go now; if so, it counts from {@code now}. */
    public boolean take(long conversationId, long memberId, Instant now) {
        IMap<String, Long> lastNotice = grid.map(MAP);
        String recipient = conversationId + ":" + memberId;
        lastNotice.lock(recipient);
        try {
            Long last = lastNotice.get(recipient);
            boolean allowed = last == null || last + QUIET_FOR.toMillis() <= now.toEpochMilli();
            if (allowed) {
                lastNotice.set(recipient, now.toEpochMilli(), QUIET_FOR.toMillis(), TimeUnit.MILLISECONDS);
            }
            return allowed;
        } finally {
            lastNotice.unlock(recipient);
        }
    }
}
