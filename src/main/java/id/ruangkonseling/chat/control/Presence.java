package id.ruangkonseling.chat.control;

import id.ruangkonseling.platform.control.DataGrid;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has the conversation open: a participant is <em>away</em> from it when none of their polls (nor a
 * "typing") reached it in the last {@link #AWAY_AFTER} — an open chat polls at least every 30 s. Kept in
 * memory and written by every poll without SQL. The other instances hear of a participant at most every
 * {@link #TOLD_EVERY} through the data grid, whichever instance the polls reach: much less often than they
 * poll, and often enough for a two-minute threshold.
 */
@ApplicationScoped
public class Presence {

    public static final Duration AWAY_AFTER = Duration.ofMinutes(2);
    static final Duration TOLD_EVERY = Duration.ofSeconds(30);
    /** How precisely a participant's last poll is kept: far finer than {@link #AWAY_AFTER} needs. */
    static final Duration NOTED_EVERY = Duration.ofSeconds(1);
    static final String TOPIC = "rk.presence";

    private final ConcurrentHashMap<Participant, Instant> lastSeen = new ConcurrentHashMap<>();

    @Inject
    DataGrid grid;

    Presence() {
        // for CDI
    }

    /** Presence on this grid member, for tests. */
    Presence(DataGrid grid) {
        this.grid = grid;
        listen();
    }

    @PostConstruct
    void listen() {
        grid.listen(TOPIC, long[].class, seen -> note(new Participant(seen[0], seen[1]), Instant.ofEpochMilli(seen[2])));
    }

    /** The member polled (or typed in) the conversation at {@code now}. */
    public void seen(long conversationId, long memberId, Instant now) {
        Participant participant = new Participant(conversationId, memberId);
        Instant latest = lastSeen.get(participant);
        if (latest != null && !latest.plus(NOTED_EVERY).isBefore(now)) {
            return; // already known to the second: a read, not a write, for the polls of one person's open pages
        }
        Instant known = note(participant, now);
        if (known == null || !known.plus(TOLD_EVERY).isAfter(now)) {
            grid.tell(TOPIC, new long[] {conversationId, memberId, now.toEpochMilli()});
        }
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

    /** Keeps the later of what was known and {@code at}; returns what was known before (null: nothing). */
    private Instant note(Participant participant, Instant at) {
        Instant[] known = new Instant[1];
        lastSeen.compute(participant, (key, earlier) -> {
            known[0] = earlier;
            return earlier != null && earlier.isAfter(at) ? earlier : at;
        });
        return known[0];
    }

    private record Participant(long conversationId, long memberId) {
    }
}
