package id.ruangkonseling.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The stored messages after a number, read from the database once for every poll that asks the same at the
 * same moment: when one message wakes many polls held on one conversation, the first reads the page and the
 * others wait for it and share it, instead of each running the same query. A page is shared only while the
 * conversation's last number is the one it was read at and for {@link #SHARED_FOR} (a revealed name shows at
 * once after that), and for few conversations; an erased conversation's pages go with it. Never written anywhere.
 */
@ApplicationScoped
class RecentPages {

    /** Enough for every conversation active at a school's busy moment; beyond it, the oldest reads are simply read again. */
    private static final int KEPT = 512;

    /** Long enough for every poll a message woke to take its page, short enough that nothing stays stale. */
    static final Duration SHARED_FOR = Duration.ofSeconds(2);

    private final ConcurrentHashMap<Key, Page> pages = new ConcurrentHashMap<>();

    Clock clock = Clock.systemUTC();

    /** The page after {@code after} while the conversation ends at {@code lastSeq}, read with {@code read} the first time. */
    List<ChatMessage> after(long conversationId, long after, long lastSeq, Supplier<List<ChatMessage>> read) {
        Key key = new Key(conversationId, after);
        Instant now = clock.instant();
        Page page = pages.compute(key, (k, known) -> known != null && known.lastSeq() == lastSeq && known.readAt().plus(SHARED_FOR).isAfter(now)
                ? known : new Page(lastSeq, now, read.get()));
        if (pages.size() > KEPT) {
            pages.keySet().removeIf(other -> !other.equals(key));
        }
        return page.messages();
    }

    /** Conversations were erased: nothing of theirs stays. */
    void forget(Set<Long> conversationIds) {
        pages.keySet().removeIf(key -> conversationIds.contains(key.conversationId()));
    }

    private record Key(long conversationId, long after) {
    }

    private record Page(long lastSeq, Instant readAt, List<ChatMessage> messages) {
    }
}
