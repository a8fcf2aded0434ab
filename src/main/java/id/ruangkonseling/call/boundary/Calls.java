package id.ruangkonseling.call.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.call.control.IceServers;
import id.ruangkonseling.call.control.LiveCall;
import id.ruangkonseling.call.control.LiveCalls;
import id.ruangkonseling.chat.boundary.ChatMessages;
import id.ruangkonseling.chat.boundary.Conversations;
import id.ruangkonseling.chat.entity.CallKind;
import id.ruangkonseling.chat.entity.CallOutcome;
import id.ruangkonseling.platform.control.HeldPolls;
import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.platform.entity.NotPossible;
import id.ruangkonseling.platform.entity.Secrets;
import id.ruangkonseling.school.entity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.util.Optional;

/**
 * Voice and video calls: starting one in a conversation, answering, declining, hanging up, and passing the
 * browsers' signals between the two participants. Only they find a call; any other id is {@link NotFound}.
 * Signals, ringing and the browsers' report that they connected are memory only ({@link LiveCalls}); a call's
 * start, answer and end are audited without content, and its end leaves one line in the conversation.
 */
@ApplicationScoped
public class Calls {

    @Inject
    LiveCalls live;

    @Inject
    Conversations conversations;

    @Inject
    ChatMessages messages;

    @Inject
    IceServers iceServers;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A call and how this participant's browser reaches the other one. */
    public record Joined(CallView call, IceServers.Configuration ice) {
    }

    /**
     * Rings the other side of the conversation; when they are ringing the caller already (both pressed "call" at
     * once), it answers that call instead. Refused while no counselor has joined, or once the conversation closed.
     */
    @Transactional
    public Joined start(Caller caller, long conversationId, CallKind kind) {
        Conversations.Sides sides = conversations.sides(caller, conversationId)
                .orElseThrow(() -> new NotFound("conversation " + conversationId));
        if (sides.closed()) {
            throw new NotPossible("call.closed", "the conversation is closed");
        }
        long me = caller.memberId();
        boolean student = sides.studentId() == me;
        long other = student ? sides.counselorId().orElseThrow(() -> new NotPossible("call.nobody", "no counselor yet"))
                : sides.studentId();
        LiveCall.Party mine = new LiveCall.Party(me, student ? sides.studentName() : sides.counselorName());
        LiveCall.Party theirs = new LiveCall.Party(other, student ? sides.counselorName() : sides.studentName());
        LiveCalls.Started started = live.start(conversationId, caller.schoolId(), kind, mine, theirs, clock.instant());
        LiveCall call = started.call();
        if (started.isNew()) {
            audit.record(caller.actor(), AuditAction.CALL_STARTED, subject(sides), kind.name());
        } else if (call.calledId() == me) {
            Optional<LiveCall> answered = live.answer(call, me, clock.instant());
            if (answered.isPresent()) {
                audit.record(caller.actor(), AuditAction.CALL_ANSWERED, subject(sides), call.kind().name());
                call = answered.get();
            }
        }
        return joined(call, me);
    }

    @Transactional
    public Joined answer(Caller caller, String callId) {
        LiveCall call = live.answer(mine(caller, callId), caller.memberId(), clock.instant())
                .orElseThrow(() -> new NotPossible("call.gone", "the call no longer rings"));
        audit.record(caller.actor(), AuditAction.CALL_ANSWERED, subject(call), call.kind().name());
        return joined(call, caller.memberId());
    }

    /** The one called turns it down: the caller hears so, and the conversation keeps a "declined" line. */
    @Transactional
    public void decline(Caller caller, String callId) {
        end(mine(caller, callId), CallOutcome.DECLINED, caller.actor());
    }

    /** Either side ends it; unanswered, the one called finds a missed call in the conversation. */
    @Transactional
    public void hangUp(Caller caller, String callId) {
        end(mine(caller, callId), CallOutcome.MISSED, caller.actor());
    }

    /** Ends a call for a reason neither side gave (it rang too long, a page left, the conversation closed). */
    @Transactional
    public void expire(LiveCall call) {
        end(call, CallOutcome.MISSED, new Actor(call.schoolId(), null, "SYSTEM", null));
    }

    /**
     * A participant's page saw the two browsers connect: only a call that connected counts as talked, from then
     * on. Either side may report, the first report counts; one before the answer or after the end changes
     * nothing. Memory only: no SQL, nothing logged.
     */
    public void connected(Caller caller, String callId) {
        live.connected(mine(caller, callId), clock.instant());
    }

    /** Passes an offer, an answer or an ICE candidate to the other side. Memory only: no SQL, nothing logged. */
    public void signal(Caller caller, String callId, JsonObject payload) {
        if (!live.signal(mine(caller, callId), caller.memberId(), payload.toString())) {
            throw new NotPossible("call.gone", "the call has ended");
        }
    }

    /** Fresh ICE servers for a participant of a live call (a restart after the credentials expired). */
    public IceServers.Configuration ice(Caller caller, String callId) {
        mine(caller, callId);
        return iceServers.forParticipant(Secrets.random(), clock.instant());
    }

    /** What the member's pages hear now: their live calls and the signals after {@code after}. No SQL. */
    public CallNews news(Caller caller, long after) {
        long me = caller.memberId();
        LiveCalls.News news = live.news(me, after);
        live.seen(me, clock.instant());
        return new CallNews(news.last(), news.calls().stream().map(call -> CallView.of(call, me)).toList(),
                news.signals().stream().map(signal -> new CallNews.SignalView(signal.seq(), signal.callId(),
                        Json.createReader(new StringReader(signal.text())).readObject())).toList());
    }

    /** The number of the member's newest call news, from memory. */
    public long last(Caller caller) {
        return live.last(caller.memberId());
    }

    /** Wakes {@code wake} when the member's calls or signals change after {@code after}. */
    public HeldPolls<Long>.Poll await(Caller caller, long after, Runnable wake) {
        return live.await(caller.memberId(), after, wake);
    }

    /** Ends the call; only the instance whose end it was writes its line and audit entry. */
    private void end(LiveCall call, CallOutcome unanswered, Actor actor) {
        live.end(call, unanswered, clock.instant()).ifPresent(ended -> {
            CallOutcome outcome = ended.outcome().orElse(unanswered);
            int seconds = (int) ended.talked(clock.instant()).toSeconds();
            messages.callEnded(ended.conversationId(), ended.callerId(), ended.calledId(), ended.id(), ended.kind(), outcome,
                    seconds);
            audit.record(actor, AuditAction.CALL_ENDED, subject(ended), outcome.name() + " " + seconds + "s");
        });
    }

    private LiveCall mine(Caller caller, String callId) {
        return live.find(callId).filter(call -> call.involves(caller.memberId()) && call.schoolId() == caller.schoolId())
                .orElseThrow(() -> new NotFound("call"));
    }

    private Joined joined(LiveCall call, long memberId) {
        return new Joined(CallView.of(call, memberId), iceServers.forParticipant(Secrets.random(), clock.instant()));
    }

    private static Subject subject(Conversations.Sides sides) {
        return Subject.of("conversation", sides.conversationId());
    }

    private static Subject subject(LiveCall call) {
        return Subject.of("conversation", call.conversationId());
    }
}
