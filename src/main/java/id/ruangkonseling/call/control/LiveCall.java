package id.ruangkonseling.call.control;

import id.ruangkonseling.chat.entity.CallKind;
import id.ruangkonseling.chat.entity.CallOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One call as it happens, in memory only: who called whom in which conversation, how, and where it stands.
 * Its steps are methods that say whether they changed anything; {@link LiveCalls} holds the lock.
 */
public final class LiveCall {

    /** Where a call stands, as {@code [data-call-state]} names the server's part of it. */
    public enum State {
        RINGING, ANSWERED, ENDED
    }

    private final String id;
    private final long conversationId;
    private final long schoolId;
    private final CallKind kind;
    private final long callerId;
    private final long calledId;
    private final String callerName;
    private final String calledName;
    private final Instant startedAt;
    private State state = State.RINGING;
    private Instant answeredAt;
    private Instant endedAt;
    private CallOutcome outcome;

    /** {@code callerName} is how the one called sees the caller, {@code calledName} how the caller sees them. */
    LiveCall(String id, long conversationId, long schoolId, CallKind kind, Party caller, Party called, Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        this.conversationId = conversationId;
        this.schoolId = schoolId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.callerId = caller.memberId();
        this.callerName = caller.name();
        this.calledId = called.memberId();
        this.calledName = called.name();
        this.startedAt = Objects.requireNonNull(now, "now");
    }

    /** A participant, by the name the other one knows them by. */
    public record Party(long memberId, String name) {
    }

    /** The one who was called picks up; false when it no longer rings. */
    boolean answer(long memberId, Instant now) {
        if (state != State.RINGING || memberId != calledId) {
            return false;
        }
        state = State.ANSWERED;
        answeredAt = now;
        return true;
    }

    /** The call ends so; false when it had ended already. Not answered, it was missed (or declined). */
    boolean end(CallOutcome unanswered, Instant now) {
        if (state == State.ENDED) {
            return false;
        }
        outcome = state == State.ANSWERED ? CallOutcome.ANSWERED : unanswered;
        state = State.ENDED;
        endedAt = now;
        return true;
    }

    public boolean involves(long memberId) {
        return memberId == callerId || memberId == calledId;
    }

    /** The other participant of {@code memberId}. */
    public long otherThan(long memberId) {
        return memberId == callerId ? calledId : callerId;
    }

    /** The other participant's name, as {@code memberId} knows them. */
    public String nameOfOtherThan(long memberId) {
        return memberId == callerId ? calledName : callerName;
    }

    /** How long they talked: from the answer to the end (or to now while it lasts). */
    public Duration talked(Instant now) {
        return answeredAt == null ? Duration.ZERO : Duration.between(answeredAt, endedAt == null ? now : endedAt);
    }

    public String id() {
        return id;
    }

    public long conversationId() {
        return conversationId;
    }

    public long schoolId() {
        return schoolId;
    }

    public CallKind kind() {
        return kind;
    }

    public long callerId() {
        return callerId;
    }

    public long calledId() {
        return calledId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public State state() {
        return state;
    }

    public Optional<CallOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
