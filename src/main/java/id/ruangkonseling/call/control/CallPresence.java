package id.ruangkonseling.call.control;

import com.hazelcast.map.IMap;
import id.ruangkonseling.platform.control.DataGrid;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each participant of a live call last had a page asking, for the whole cluster, whichever instance the
 * page asks: the sweeper ends a call whose participant left. A poll only notes the time in this instance's
 * memory, so that a poll costs no grid call; every few seconds the instance {@linkplain #share shares} what it
 * noted in one write to a grid map, which is what any instance reads. Starting and answering a call write at once.
 */
final class CallPresence {

    static final String MAP = "rk.call-seen";

    private final DataGrid grid;
    private final ConcurrentHashMap<Long, Long> noted = new ConcurrentHashMap<>();

    CallPresence(DataGrid grid) {
        this.grid = grid;
    }

    /** A page of the member's asked at {@code epochSecond}; the cluster hears of it at the next {@link #share}. */
    void noted(long memberId, long epochSecond) {
        noted.merge(memberId, epochSecond, Math::max);
    }

    /** The member acted at {@code epochSecond} (started or answered a call): the cluster knows at once. */
    void now(long memberId, long epochSecond) {
        seen().set(memberId, epochSecond);
    }

    /** Writes what was noted here since the last share, in one go. */
    void share() {
        Map<Long, Long> batch = Map.copyOf(noted);
        if (!batch.isEmpty()) {
            seen().putAll(batch);
            batch.forEach(noted::remove); // only where nothing newer was noted meanwhile
        }
    }

    /** When a page of the member's last asked, as shared, in epoch seconds; 0 for not known. */
    long seenAt(long memberId) {
        Long at = seen().get(memberId);
        return at == null ? 0 : at;
    }

    /** The member's call ended: what was known of their pages goes with it. */
    void forget(long memberId) {
        noted.remove(memberId);
        seen().delete(memberId);
    }

    private IMap<Long, Long> seen() {
        return grid.map(MAP);
    }
}
