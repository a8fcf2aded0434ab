package id.ruangkonseling.call.control;

import id.ruangkonseling.chat.entity.CallKind;
import id.ruangkonseling.chat.entity.CallOutcome;
import id.ruangkonseling.platform.control.DataGrid;
import id.ruangkonseling.platform.control.HeldPolls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The calls happening now and what each participant's pages have yet to hear, for the whole cluster: one live
 * call per conversation at most, found through whichever instance a page asks. The calls ({@link CallBook}) and
 * the mailboxes ({@link Mailboxes}) live in the data grid, so that they survive an instance and one started later
 * knows them; each instance keeps in memory only what answers an idle poll ({@link KnownMailboxes}) and hears of
 * every change through the grid. Nothing here touches the database, so a ringing or signaling poll runs no SQL,
 * and an idle one costs no grid call either.
 */
@ApplicationScoped
public class LiveCalls {

    @Inject
    DataGrid grid;

    private CallBook book;
    private Mailboxes mailboxes;
    private KnownMailboxes known;
    private CallPresence presence;

    /** A call just started, or the one that already rang in the conversation (both sides pressed "call" at once). */
    public record Started(LiveCall call, boolean isNew) {
    }

    /** What a member's pages hear: the number of their newest news, their live calls, the signals after a number. */
    public record News(long last, List<LiveCall> calls, List<Mailbox.Signal> signals) {
    }

    LiveCalls() {
        // for CDI
    }

    /** The calls as seen from this grid member, for tests. */
    LiveCalls(DataGrid grid) {
        this.grid = grid;
        join();
    }

    @PostConstruct
    void join() {
        book = new CallBook(grid);
        known = new KnownMailboxes(memberId -> {
            Mailbox mailbox = mailboxes.read(memberId);
            return new KnownMailboxes.Read(mailbox, book.all(mailbox.calls()));
        });
        mailboxes = new Mailboxes(grid, known::moved);
        presence = new CallPresence(grid);
    }

    public Started start(long conversationId, long schoolId, CallKind kind, LiveCall.Party caller, LiveCall.Party called,
                         Instant now) {
        LiveCall call = LiveCall.ringing(conversationId, schoolId, kind, caller, called, now);
        Optional<LiveCall> there = book.claim(call);
        if (there.isPresent()) {
            // both pressed "call" at once: this side answers and signals now, maybe before the other start listed it
            listed(there.get());
            return new Started(there.get(), false);
        }
        presence.now(caller.memberId(), now.getEpochSecond());
        listed(call);
        return new Started(call, true);
    }

    public Optional<LiveCall> find(String callId) {
        return book.find(callId);
    }

    /**
     * The live calls whose entry this instance holds, for its sweeper: the grid spreads the calls over the
     * instances, so that each is looked after by one of them (by another when that one leaves).
     */
    public List<LiveCall> heldHere() {
        return book.heldHere();
    }

    /** The one called picks up; the call as answered, or empty when it no longer rings. */
    public Optional<LiveCall> answer(LiveCall call, long memberId, Instant now) {
        Optional<LiveCall> answered = book.change(call, current -> current.answer(memberId, now));
        answered.ifPresent(it -> {
            presence.now(memberId, now.getEpochSecond());
            changed(it);
        });
        return answered;
    }

    /**
     * The two browsers reached each other: from now on the call is talked, wherever it ends. The first report
     * counts; empty when this one changed nothing. The pages show nothing new, so their polls are not woken.
     */
    public Optional<LiveCall> connected(LiveCall call, Instant now) {
        return book.change(call, current -> current.connected(now));
    }

    /**
     * Ends the call, once for the whole cluster: the call as it ended, or empty when it had ended already. Its
     * signals are forgotten; both sides hear only how it ended ({@code {"ended": "declined"}}), so that the
     * caller can tell "declined" from "not answered".
     */
    public Optional<LiveCall> end(LiveCall call, CallOutcome unanswered, Instant now) {
        Optional<LiveCall> ended = book.change(call, current -> current.end(unanswered, now));
        ended.ifPresent(it -> {
            String notice = "{\"ended\":\"" + it.outcome().orElse(unanswered).name().toLowerCase(Locale.ROOT) + "\"}";
            for (long memberId : new long[] {it.callerId(), it.calledId()}) {
                mailboxes.change(memberId, mailbox -> Optional.of(mailbox.ended(it.id(), notice)));
                presence.forget(memberId);
            }
        });
        return ended;
    }

    /** Passes a signal (the browser's JSON text) from {@code fromMemberId} to the other side; false once the call ended. */
    public boolean signal(LiveCall call, long fromMemberId, String signal) {
        return mailboxes.change(call.otherThan(fromMemberId), mailbox -> mailbox.posted(call.id(), signal)).isPresent();
    }

    /** The number of the member's newest news, from memory (read from the grid the first time only). */
    public long last(long memberId) {
        return known.last(memberId);
    }

    /** What the member's pages hear after number {@code after}, all read at one moment. An idle poll's comes from memory. */
    public News news(long memberId, long after) {
        return known.after(memberId, after);
    }

    /** Holds a poll of the member's until their mailbox has something after {@code after}; see {@link HeldPolls#hold}. */
    public HeldPolls<Long>.Poll await(long memberId, long after, Runnable wake) {
        return known.await(memberId, after, wake);
    }

    /** A page of the member's asked just now: they are still there (shared with the cluster at {@link #shareSeen}). */
    public void seen(long memberId, Instant now) {
        if (known.inCall(memberId)) {
            presence.noted(memberId, now.getEpochSecond());
        }
    }

    /** Tells the cluster which members' pages asked here lately; every few seconds, before looking for calls to end. */
    public void shareSeen() {
        presence.share();
    }

    /** When a page of the member's last asked, anywhere in the cluster, in epoch seconds; 0 for not known. */
    public long seenAt(long memberId) {
        return presence.seenAt(memberId);
    }

    /** The call is in both participants' mailboxes (which take signals for it from then on). */
    private void listed(LiveCall call) {
        for (long memberId : new long[] {call.callerId(), call.calledId()}) {
            mailboxes.change(memberId, mailbox -> mailbox.joined(call.id()));
        }
    }

    /** One of the call's steps: both participants' polls read their calls anew. */
    private void changed(LiveCall call) {
        for (long memberId : new long[] {call.callerId(), call.calledId()}) {
            mailboxes.change(memberId, mailbox -> Optional.of(mailbox.changed()));
        }
    }
}
