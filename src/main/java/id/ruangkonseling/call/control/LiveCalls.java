package id.ruangkonseling.call.control;

import id.ruangkonseling.chat.entity.CallKind;
import id.ruangkonseling.chat.entity.CallOutcome;
import id.ruangkonseling.platform.control.HeldPolls;
import id.ruangkonseling.platform.entity.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls happening now and what each participant's pages have yet to hear, in this instance's memory
 * only: one live call per conversation at most. Nothing here touches the database, so a ringing or
 * signaling poll runs no SQL.
 */
@ApplicationScoped
public class LiveCalls {

    private final Map<String, LiveCall> calls = new ConcurrentHashMap<>();
    private final Map<Long, Mailbox> mailboxes = new ConcurrentHashMap<>();
    private final HeldPolls<Long> polls = new HeldPolls<>();

    /** A call just started, or the one that already rang in the conversation (both sides pressed "call" at once). */
    public record Started(LiveCall call, boolean isNew) {
    }

    public synchronized Started start(long conversationId, long schoolId, CallKind kind, LiveCall.Party caller,
                                      LiveCall.Party called, Instant now) {
        Optional<LiveCall> live = inConversation(conversationId);
        if (live.isPresent()) {
            return new Started(live.get(), false);
        }
        LiveCall call = new LiveCall(Secrets.random(), conversationId, schoolId, kind, caller, called, now);
        calls.put(call.id(), call);
        changed(call);
        return new Started(call, true);
    }

    public Optional<LiveCall> find(String callId) {
        return Optional.ofNullable(callId).map(calls::get);
    }

    public Optional<LiveCall> inConversation(long conversationId) {
        return calls.values().stream().filter(call -> call.conversationId() == conversationId).findFirst();
    }

    /** The live calls {@code memberId} takes part in. */
    public List<LiveCall> of(long memberId) {
        return calls.values().stream().filter(call -> call.involves(memberId)).toList();
    }

    public List<LiveCall> all() {
        return List.copyOf(calls.values());
    }

    public synchronized boolean answer(LiveCall call, long memberId, Instant now) {
        boolean answered = call.answer(memberId, now);
        if (answered) {
            changed(call);
        }
        return answered;
    }

    /**
     * Ends the call; false when it had ended already. Its signals are forgotten; both sides hear only how it
     * ended ({@code {"ended": "declined"}}), so that the caller can tell "declined" from "not answered".
     */
    public synchronized boolean end(LiveCall call, CallOutcome unanswered, Instant now) {
        if (!call.end(unanswered, now)) {
            return false;
        }
        calls.remove(call.id());
        JsonObject ended = Json.createObjectBuilder()
                .add("ended", call.outcome().orElse(unanswered).name().toLowerCase(Locale.ROOT)).build();
        for (long memberId : new long[] {call.callerId(), call.calledId()}) {
            mailbox(memberId).forget(call.id());
            post(memberId, call.id(), ended);
        }
        return true;
    }

    /** Passes a signal from {@code fromMemberId} to the other side of the call. */
    public void signal(LiveCall call, long fromMemberId, JsonObject payload) {
        post(call.otherThan(fromMemberId), call.id(), payload);
    }

    public long last(long memberId) {
        return mailbox(memberId).last();
    }

    public List<Mailbox.Signal> signalsAfter(long memberId, long after) {
        return mailbox(memberId).after(after);
    }

    /** Holds a poll of the member's until their mailbox has something after {@code after}; see {@link HeldPolls#hold}. */
    public HeldPolls<Long>.Poll await(long memberId, long after, Runnable wake) {
        return polls.hold(List.of(memberId), wake, () -> mailbox(memberId).last() > after);
    }

    /** The member's page asked just now: they are still there. */
    public void seen(long memberId, Instant now) {
        mailbox(memberId).seen(now.getEpochSecond());
    }

    /** When the member's page last asked, in epoch seconds; 0 for never. */
    public long seenAt(long memberId) {
        return mailbox(memberId).seenAt();
    }

    private void changed(LiveCall call) {
        for (long memberId : new long[] {call.callerId(), call.calledId()}) {
            mailbox(memberId).changed();
            polls.wake(memberId);
        }
    }

    private void post(long memberId, String callId, JsonObject payload) {
        mailbox(memberId).post(callId, payload);
        polls.wake(memberId);
    }

    private Mailbox mailbox(long memberId) {
        return mailboxes.computeIfAbsent(memberId, id -> new Mailbox());
    }
}
