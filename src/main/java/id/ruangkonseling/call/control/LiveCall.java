package id.ruangkonseling.call.control;

import id.ruangkonseling.chat.entity.CallKind;
import id.ruangkonseling.chat.entity.CallOutcome;
import id.ruangkonseling.platform.entity.Secrets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One call as it happens, never in the database: who called whom in which conversation, how, and where it
 * stands. A value: each step returns the call as it is afterwards, and {@link CallBook} keeps the cluster's one
 * copy of it in the data grid, as the strings of {@link #wire()}.
 * <p>
 * Its id starts with its conversation's ({@code 12-Xk3…}), so that any instance finds the call from its id in
 * the grid's map of calls by conversation with one look-up; the rest is random, as before. It stays within what
 * a message's client id may be (the conversation's line of the call carries it).
 */
public final class LiveCall {

    /** Where a call stands, as {@code [data-call-state]} names the server's part of it. */
    public enum State {
        RINGING, ANSWERED, ENDED
    }

    private static final char ID_SEPARATOR = '-';

    private final String id;
    private final long conversationId;
    private final long schoolId;
    private final CallKind kind;
    private final Party caller;
    private final Party called;
    private final Instant startedAt;
    private final State state;
    private final Instant answeredAt;
    private final Instant endedAt;
    private final CallOutcome outcome;
    /** When the two browsers first reached each other: only from then does anybody hear anybody. */
    private final Instant connectedAt;

    /** A participant, by the name the other one knows them by. */
    public record Party(long memberId, String name) {

        public Party {
            Objects.requireNonNull(name, "name");
        }
    }

    private LiveCall(String id, long conversationId, long schoolId, CallKind kind, Party caller, Party called,
                     Instant startedAt, State state, Instant answeredAt, Instant endedAt, CallOutcome outcome,
                     Instant connectedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.conversationId = conversationId;
        this.schoolId = schoolId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.called = Objects.requireNonNull(called, "called");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.state = state;
        this.answeredAt = answeredAt;
        this.endedAt = endedAt;
        this.outcome = outcome;
        this.connectedAt = connectedAt;
    }

    /** A call that rings now; {@code caller.name()} is how the one called sees the caller, and the other way round. */
    static LiveCall ringing(long conversationId, long schoolId, CallKind kind, Party caller, Party called, Instant now) {
        return new LiveCall(conversationId + String.valueOf(ID_SEPARATOR) + Secrets.random(), conversationId, schoolId, kind,
                caller, called, now, State.RINGING, null, null, null, null);
    }

    /** The conversation a call id names, or empty when it is not a call id at all. */
    static OptionalLong conversationOf(String callId) {
        int separator = callId == null ? -1 : callId.indexOf(ID_SEPARATOR);
        try {
            return separator > 0 ? OptionalLong.of(Long.parseLong(callId, 0, separator, 10)) : OptionalLong.empty();
        } catch (NumberFormatException madeUp) {
            return OptionalLong.empty();
        }
    }

    /** The one who was called picks up; empty when it no longer rings (or they are not the one called). */
    Optional<LiveCall> answer(long memberId, Instant now) {
        if (state != State.RINGING || memberId != called.memberId()) {
            return Optional.empty();
        }
        return Optional.of(new LiveCall(id, conversationId, schoolId, kind, caller, called, startedAt, State.ANSWERED, now,
                null, null, null));
    }

    /**
     * A page saw the two browsers connect; the first report counts. Empty when it changes nothing: the call is
     * not answered yet, has ended, or was reported connected already.
     */
    Optional<LiveCall> connected(Instant now) {
        if (state != State.ANSWERED || connectedAt != null) {
            return Optional.empty();
        }
        return Optional.of(new LiveCall(id, conversationId, schoolId, kind, caller, called, startedAt, state, answeredAt,
                null, null, now));
    }

    /**
     * The call ends so; empty when it had ended already. Answered, it was held only if it connected (else it
     * failed); not answered, it was missed (or declined).
     */
    Optional<LiveCall> end(CallOutcome unanswered, Instant now) {
        if (state == State.ENDED) {
            return Optional.empty();
        }
        CallOutcome how = state != State.ANSWERED ? unanswered : connectedAt == null ? CallOutcome.FAILED : CallOutcome.ANSWERED;
        return Optional.of(new LiveCall(id, conversationId, schoolId, kind, caller, called, startedAt, State.ENDED, answeredAt,
                now, how, connectedAt));
    }

    public boolean involves(long memberId) {
        return memberId == caller.memberId() || memberId == called.memberId();
    }

    /** The other participant of {@code memberId}. */
    public long otherThan(long memberId) {
        return memberId == caller.memberId() ? called.memberId() : caller.memberId();
    }

    /** The other participant's name, as {@code memberId} knows them. */
    public String nameOfOtherThan(long memberId) {
        return memberId == caller.memberId() ? called.name() : caller.name();
    }

    /**
     * How long they talked: from the connection to the end (or to now while it lasts). Not from the answer: the
     * seconds spent connecting, or failing to, were no conversation.
     */
    public Duration talked(Instant now) {
        return connectedAt == null ? Duration.ZERO : Duration.between(connectedAt, endedAt == null ? now : endedAt);
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
        return caller.memberId();
    }

    public long calledId() {
        return called.memberId();
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

    /**
     * The call as the data grid carries it: strings only, so that no class of ours has to load in the grid's
     * threads. A new field goes at the end, so that instances of the release before, during a rolling upgrade,
     * still read the fields they know.
     */
    String[] wire() {
        return new String[] {id, Long.toString(conversationId), Long.toString(schoolId), kind.name(),
                Long.toString(caller.memberId()), caller.name(), Long.toString(called.memberId()), called.name(),
                startedAt.toString(), state.name(), text(answeredAt), text(endedAt), outcome == null ? "" : outcome.name(),
                text(connectedAt)};
    }

    /** The call that {@link #wire()} wrote, or an instance of the release before (without the connection: not connected). */
    static LiveCall of(String[] wire) {
        return new LiveCall(wire[0], Long.parseLong(wire[1]), Long.parseLong(wire[2]), CallKind.valueOf(wire[3]),
                new Party(Long.parseLong(wire[4]), wire[5]), new Party(Long.parseLong(wire[6]), wire[7]),
                Instant.parse(wire[8]), State.valueOf(wire[9]), instant(wire[10]), instant(wire[11]),
                wire[12].isEmpty() ? null : CallOutcome.valueOf(wire[12]), wire.length > 13 ? instant(wire[13]) : null);
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static Instant instant(String text) {
        return text.isEmpty() ? null : Instant.parse(text);
    }
}
