package id.ruangkonseling.call.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one member's call pages have yet to hear: a number that grows with every change, so that a held poll
 * knows it has news; the ids of the member's live calls; and the signals the other side of those calls sent
 * (offers, answers, ICE candidates, as the browser's JSON text), with a notice of how each recent call ended.
 * A value: each step returns the mailbox as it is afterwards, and {@link Mailboxes} keeps the cluster's one copy
 * in the data grid, as the strings of {@link #wire()}.
 * <p>
 * A signal is taken only for a call the mailbox lists, and a call's signals go with its end: nothing a browser
 * sent outlives its call. Only the newest {@value #KEPT} signals and {@value #KEPT_ENDS} end notices are kept.
 *
 * @param calls the ids of the member's live calls, oldest first
 */
public record Mailbox(long last, List<String> calls, List<Signal> signals) {

    private static final int KEPT = 500;
    private static final int KEPT_ENDS = 10;
    /**
     * More live calls than a person can have at once: an id beyond them is one whose end crossed its start (it
     * ended before it was listed here) and is dropped, so that such leftovers cannot pile up.
     */
    private static final int KEPT_CALLS = 20;

    static final Mailbox EMPTY = new Mailbox(0, List.of(), List.of());

    /** A signal from the other side of call {@code callId}, as its browser sent it (JSON text), or how the call ended. */
    public record Signal(long seq, String callId, String text) {
    }

    public Mailbox {
        calls = List.copyOf(calls);
        signals = List.copyOf(signals);
    }

    /** One of the member's calls started: their polls read their calls anew. Empty when it is listed already. */
    Optional<Mailbox> joined(String callId) {
        if (calls.contains(callId)) {
            return Optional.empty();
        }
        List<String> now = new ArrayList<>(calls);
        now.add(callId);
        return Optional.of(new Mailbox(last + 1, now.subList(Math.max(0, now.size() - KEPT_CALLS), now.size()), signals));
    }

    /** One of the member's calls changed (it was answered): their polls read their calls anew. */
    Mailbox changed() {
        return new Mailbox(last + 1, calls, signals);
    }

    /** The signal, numbered next; empty when {@code callId} is not a live call of the member's (it has ended). */
    Optional<Mailbox> posted(String callId, String text) {
        if (!calls.contains(callId)) {
            return Optional.empty();
        }
        List<Signal> now = new ArrayList<>(signals);
        now.add(new Signal(last + 1, callId, text));
        return Optional.of(new Mailbox(last + 1, calls, now.subList(Math.max(0, now.size() - KEPT), now.size())));
    }

    /** The call ended: its signals are forgotten, and {@code notice} (how it ended) is all the pages hear of it now. */
    Mailbox ended(String callId, String notice) {
        List<String> live = calls.stream().filter(id -> !id.equals(callId)).toList();
        List<Signal> kept = new ArrayList<>(signals.stream().filter(signal -> !signal.callId().equals(callId)).toList());
        kept.add(new Signal(last + 1, callId, notice));
        return new Mailbox(last + 1, live, newestEnds(kept, live));
    }

    /** The signals numbered after {@code seq}, oldest first. */
    public List<Signal> after(long seq) {
        return signals.stream().filter(signal -> signal.seq() > seq).toList();
    }

    /** Drops all but the newest {@value #KEPT_ENDS} end notices: the entries for calls no longer live. */
    private static List<Signal> newestEnds(List<Signal> signals, List<String> live) {
        Set<String> ends = new HashSet<>();
        List<Signal> kept = new ArrayList<>();
        for (Signal signal : signals.reversed()) {
            boolean end = !live.contains(signal.callId());
            if (!end || ends.size() < KEPT_ENDS && ends.add(signal.callId())) {
                kept.add(signal);
            }
        }
        return kept.reversed();
    }

    /** The mailbox as the data grid carries it: {@code last}, how many calls, their ids, then each signal's three strings. */
    String[] wire() {
        List<String> wire = new ArrayList<>();
        wire.add(Long.toString(last));
        wire.add(Integer.toString(calls.size()));
        wire.addAll(calls);
        for (Signal signal : signals) {
            wire.addAll(List.of(Long.toString(signal.seq()), signal.callId(), signal.text()));
        }
        return wire.toArray(String[]::new);
    }

    /** The mailbox that {@link #wire()} wrote; {@link #EMPTY} for none. */
    static Mailbox of(String[] wire) {
        if (wire == null) {
            return EMPTY;
        }
        int callCount = Integer.parseInt(wire[1]);
        List<Signal> signals = new ArrayList<>();
        for (int i = 2 + callCount; i + 2 < wire.length; i += 3) {
            signals.add(new Signal(Long.parseLong(wire[i]), wire[i + 1], wire[i + 2]));
        }
        return new Mailbox(Long.parseLong(wire[0]), List.of(wire).subList(2, 2 + callCount), signals);
    }
}
