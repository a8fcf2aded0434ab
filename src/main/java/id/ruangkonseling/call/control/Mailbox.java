package id.ruangkonseling.call.control;

import jakarta.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What one member's call pages have yet to hear, in memory: the signals the other side of their calls sent
 * (offers, answers, ICE candidates) and a new number whenever one of their calls changes, so that a held poll
 * wakes. Numbered per member; only the newest {@value #KEPT} signals are kept.
 */
public final class Mailbox {

    private static final int KEPT = 500;

    /** A signal from the other side of call {@code callId}, as its browser sent it. */
    public record Signal(long seq, String callId, JsonObject payload) {
    }

    private final Deque<Signal> signals = new ArrayDeque<>();
    private final Set<Waiter> waiting = ConcurrentHashMap.newKeySet();
    private long last;
    private volatile long seenAt;

    synchronized long last() {
        return last;
    }

    /** One of the member's calls changed: their polls wake and read the calls anew. */
    void changed() {
        synchronized (this) {
            last++;
        }
        wake();
    }

    void post(String callId, JsonObject payload) {
        synchronized (this) {
            signals.addLast(new Signal(++last, callId, payload));
            if (signals.size() > KEPT) {
                signals.removeFirst();
            }
        }
        wake();
    }

    synchronized List<Signal> after(long seq) {
        return signals.stream().filter(signal -> signal.seq() > seq).toList();
    }

    /** Forgets the signals of a call that ended: nothing of it stays in memory. */
    synchronized void forget(String callId) {
        signals.removeIf(signal -> signal.callId().equals(callId));
    }

    Waiter await(long after, Runnable wake) {
        Waiter waiter = new Waiter(wake);
        waiting.add(waiter);
        if (last() > after) {
            waiter.fire(); // changed between the caller's look and the registration
        }
        return waiter;
    }

    void seen(long epochSecond) {
        seenAt = epochSecond;
    }

    long seenAt() {
        return seenAt;
    }

    private void wake() {
        waiting.forEach(Waiter::fire);
    }

    /** A held poll waiting for something new; fires once, then is gone. */
    public final class Waiter {

        private final Runnable wake;
        private final AtomicBoolean done = new AtomicBoolean();

        private Waiter(Runnable wake) {
            this.wake = wake;
        }

        void fire() {
            if (done.compareAndSet(false, true)) {
                waiting.remove(this);
                wake.run();
            }
        }

        /** The poll was answered otherwise (timed out, the client left). */
        public void cancel() {
            done.set(true);
            waiting.remove(this);
        }
    }
}
