package id.ruangkonseling.call.control;

import com.hazelcast.map.IMap;
import id.ruangkonseling.platform.control.DataGrid;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cluster's live calls, in one of the data grid's maps keyed by conversation: its entries survive an
 * instance (each has a backup on another), an instance that starts later finds them, and "one live call per
 * conversation" is the map's own {@code putIfAbsent}. A step of a call is made under the grid's lock on its
 * conversation, so that two instances never both answer or both end it.
 */
final class CallBook {

    static final String MAP = "rk.calls";

    private final DataGrid grid;

    CallBook(DataGrid grid) {
        this.grid = grid;
    }

    /** The live call with this id; empty for an ended one, or an id that was never a call's. */
    Optional<LiveCall> find(String callId) {
        return LiveCall.conversationOf(callId).stream().mapToObj(conversation -> calls().get(conversation))
                .filter(Objects::nonNull).map(LiveCall::of).filter(call -> call.id().equals(callId)).findFirst();
    }

    /** Files a new call; empty when it is the conversation's call now, else the call that was there already. */
    Optional<LiveCall> claim(LiveCall call) {
        return Optional.ofNullable(calls().putIfAbsent(call.conversationId(), call.wire())).map(LiveCall::of);
    }

    /**
     * Makes a step of the call under the grid's lock on its conversation and files the result; an ended call
     * leaves the map. Empty when the call is gone or the step changed nothing.
     */
    Optional<LiveCall> change(LiveCall call, Function<LiveCall, Optional<LiveCall>> step) {
        IMap<Long, String[]> calls = calls();
        long key = call.conversationId();
        calls.lock(key);
        try {
            Optional<LiveCall> changed = Optional.ofNullable(calls.get(key)).map(LiveCall::of)
                    .filter(current -> current.id().equals(call.id())).flatMap(step);
            changed.ifPresent(after -> {
                if (after.state() == LiveCall.State.ENDED) {
                    calls.delete(key);
                } else {
                    calls.set(key, after.wire());
                }
            });
            return changed;
        } finally {
            calls.unlock(key);
        }
    }

    /** Those of the calls with these ids that are still live. */
    List<LiveCall> all(Collection<String> callIds) {
        Set<Long> conversations = callIds.stream().map(LiveCall::conversationOf)
                .flatMap(conversation -> conversation.stream().boxed()).collect(Collectors.toSet());
        if (conversations.isEmpty()) {
            return List.of();
        }
        return calls().getAll(conversations).values().stream().map(LiveCall::of).filter(call -> callIds.contains(call.id())).toList();
    }

    /**
     * The calls whose entry this instance holds (the grid spreads them over the instances): each live call is
     * looked after by one instance at a time, and by another when that one leaves.
     */
    List<LiveCall> heldHere() {
        IMap<Long, String[]> calls = calls();
        Set<Long> here = calls.localKeySet();
        return here.isEmpty() ? List.of() : calls.getAll(here).values().stream().map(LiveCall::of).toList();
    }

    private IMap<Long, String[]> calls() {
        return grid.map(MAP);
    }
}
