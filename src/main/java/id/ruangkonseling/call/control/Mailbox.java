package id.ruangkonseling.call.control;

import jakarta.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What one member's call pages have yet to hear, in memory: the signals the other side of their calls sent
 * (offers, answers, ICE candidates) and a new number whenever one of their calls changes, so that a held poll
 * ({@link LiveCalls#await}) wakes. Numbered per member; only the newest {@value #KEPT} signals are kept.
 */
public final class Mailbox {

    private static final int KEPT = 500;

    /** A signal from the other side of call {@code callId}, as its browser sent it. */
    public record Signal(long seq, String callId, JsonObject payload) {
    }

    private final Deque<Signal> signals = new ArrayDeque<>();
    private long last;
    private volatile long seenAt;

    synchronized long last() {
        return last;
    }

    /** One of the member's calls changed: their polls read the calls anew. */
    synchronized void changed() {
        last++;
    }

    synchronized void post(String callId, JsonObject payload) {
        signals.addLast(new Signal(++last, callId, payload));
        if (signals.size() > KEPT) {
            signals.removeFirst();
        }
    }

    synchronized List<Signal> after(long seq) {
        return signals.stream().filter(signal -> signal.seq() > seq).toList();
    }

    /** Forgets the signals of a call that ended: nothing of it stays in memory. */
    synchronized void forget(String callId) {
        signals.removeIf(signal -> signal.callId().equals(callId));
    }

    void seen(long epochSecond) {
        seenAt = epochSecond;
    }

    long seenAt() {
        return seenAt;
    }
}
