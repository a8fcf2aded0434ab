package id.ruangkonseling.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has the conversation open: a participant is <em>away</em> from it when none of their polls (nor a
 * "typing") reached it in the last {@link #AWAY_AFTER} — an open chat polls at least every 30 s. Kept in
 * memory and written by every poll without SQL; like {@link SendLimits}, it can move into the data grid.
 */
@ApplicationScoped
public class Presence {

    public static final Duration AWAY_AFTER = Duration.ofMinutes(2);

    private final ConcurrentHashMap<Participant, Instant> lastSeen = new ConcurrentHashMap<>();

    /** The member polled (or typed in) the conversation at {@code now}. */
    public void seen(long conversationId, long memberId, Instant now) {
        lastSeen.merge(new Participant(conversationId, memberId), now, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    /** Whether the member has not been in the conversation for {@link #AWAY_AFTER}, or never since the start. */
    public boolean away(long conversationId, long memberId, Instant now) {
        Participant participant = new Participant(conversationId, memberId);
        Instant seen = lastSeen.get(participant);
        if (seen != null && !seen.isAfter(now.minus(AWAY_AFTER))) {
            lastSeen.remove(participant, seen); // forgotten once found away, so that the map does not only grow
            return true;
        }
        return seen == null;
    }

    private record Participant(long conversationId, long memberId) {
    }
}
