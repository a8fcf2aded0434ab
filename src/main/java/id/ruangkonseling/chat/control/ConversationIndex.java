package id.ruangkonseling.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;

/**
 * What a poll needs to know without the database: each conversation's last message number and read
 * receipts, and who may read it ({@link Grant}), plus the polls waiting for something new. Filled lazily
 * — a conversation is read from the database once, by the loader the caller passes — and kept current
 * by every committed change (a message, a read receipt, a counselor joining or handed over, a close).
 * <p>
 * Callers see only {@link #find}, {@link #published}, {@link #changed}, {@link #read} and {@link #await}:
 * the scale-out issue can put the grants into a Hazelcast {@code IMap} (Payara's data grid) and the
 * wake-ups onto an {@code ITopic} behind these same methods, without a caller changing. No static state.
 */
@ApplicationScoped
public class ConversationIndex {

    private final ConcurrentHashMap<Long, Grant> grants = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Set<Waiter>> waiting = new ConcurrentHashMap<>();

    /**
     * The conversation's grant, loaded once with {@code loader} when not known yet. The load runs inside
     * the map's per-key update, so a change committed meanwhile waits for it and is applied on top: a
     * grant is never older than the database.
     */
    public Optional<Grant> find(long conversationId, LongFunction<Optional<Grant>> loader) {
        Grant known = grants.get(conversationId);
        if (known != null) {
            return Optional.of(known);
        }
        return Optional.ofNullable(grants.computeIfAbsent(conversationId, id -> loader.apply(id).orElse(null)));
    }

    /** A message numbered {@code seq} has committed: raise the last number and wake the waiting polls. */
    public void published(long conversationId, long seq) {
        grants.computeIfPresent(conversationId, (id, grant) -> grant.withLastSeq(seq));
        wake(conversationId);
    }

    /** A participant's read receipt has committed. */
    public void read(long conversationId, long memberId, long seq) {
        grants.computeIfPresent(conversationId, (id, grant) -> grant.withRead(memberId, seq));
        wake(conversationId);
    }

    /** Who may read the conversation changed (a counselor joined or took over, or it closed). */
    public void changed(long conversationId, Long counselorId, boolean closed) {
        grants.computeIfPresent(conversationId, (id, grant) -> grant.withParticipants(counselorId, closed));
        wake(conversationId);
    }

    /**
     * Forgets what it knew of a school's conversations (a counselor was appointed or released there):
     * each is loaded again on its next poll, and waiting polls are woken to check their access again.
     */
    public void forgetSchool(long schoolId) {
        grants.values().removeIf(grant -> grant.schoolId() == schoolId);
        waiting.keySet().forEach(this::wake);
    }

    /**
     * Calls {@code wake} once, on the thread that committed, when something new happens in the
     * conversation — at once if a message after {@code after} is already known. Cancel it when the poll
     * ends otherwise.
     */
    public Waiter await(long conversationId, long after, Runnable wake) {
        Waiter waiter = new Waiter(conversationId, wake);
        waiting.computeIfAbsent(conversationId, id -> ConcurrentHashMap.newKeySet()).add(waiter);
        Grant grant = grants.get(conversationId);
        if (grant == null || grant.lastSeq() > after) {
            waiter.fire(); // committed between the caller's check and the registration
        }
        return waiter;
    }

    /** How many polls wait right now (for tests and health). */
    public int waitingPolls() {
        return waiting.values().stream().mapToInt(Set::size).sum();
    }

    private void wake(long conversationId) {
        Set<Waiter> waiters = waiting.get(conversationId);
        if (waiters != null) {
            waiters.forEach(Waiter::fire);
        }
    }

    /** One waiting poll; it fires at most once and then leaves the index. */
    public final class Waiter {

        private final long conversationId;
        private final Runnable wake;
        private final AtomicBoolean done = new AtomicBoolean();

        private Waiter(long conversationId, Runnable wake) {
            this.conversationId = conversationId;
            this.wake = wake;
        }

        void fire() {
            if (done.compareAndSet(false, true)) {
                leave();
                wake.run();
            }
        }

        /** The poll ended otherwise (timed out, client gone): no wake-up any more. */
        public void cancel() {
            if (done.compareAndSet(false, true)) {
                leave();
            }
        }

        private void leave() {
            waiting.computeIfPresent(conversationId, (id, waiters) -> {
                waiters.remove(this);
                return waiters.isEmpty() ? null : waiters;
            });
        }
    }
}
