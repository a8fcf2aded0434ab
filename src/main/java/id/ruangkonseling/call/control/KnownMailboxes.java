package id.ruangkonseling.call.control;

import id.ruangkonseling.platform.control.HeldPolls;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * What this instance knows of each member's mailbox without asking the data grid — its number and the member's
 * live calls — and the member's polls held here. An idle poll is answered from it alone; news of a change (made
 * here, or heard from another instance) raises the number, marks what was known as old and wakes the polls, which
 * then read the mailbox from the grid once. A member is read from the grid the first time this instance meets them.
 */
final class KnownMailboxes {

    /** The member's calls as read with mailbox number {@code last}; not {@code fresh} once a later number was heard of. */
    private record Known(long last, boolean fresh, List<LiveCall> calls) {
    }

    /** A member's mailbox and calls as the grid has them now. */
    record Read(Mailbox mailbox, List<LiveCall> calls) {
    }

    private final ConcurrentHashMap<Long, Known> known = new ConcurrentHashMap<>();
    private final HeldPolls<Long> polls = new HeldPolls<>();
    private final LongFunction<Read> grid;

    /** {@code grid} reads a member's mailbox and calls from the data grid. */
    KnownMailboxes(LongFunction<Read> grid) {
        this.grid = grid;
    }

    /** The number of the member's newest news, as far as this instance knows. */
    long last(long memberId) {
        Known member = known.get(memberId);
        return member == null ? read(memberId).mailbox().last() : member.last();
    }

    /** Whether the member took part in a call when this instance last knew (from memory only). */
    boolean inCall(long memberId) {
        Known member = known.get(memberId);
        return member != null && !member.calls().isEmpty();
    }

    /**
     * What the member's pages have to hear after number {@code after}: from memory alone when that is all this
     * instance knows of and nothing came since (an idle poll), else read from the grid in one piece.
     */
    LiveCalls.News after(long memberId, long after) {
        Known member = known.get(memberId);
        if (member != null && member.fresh() && member.last() == after) {
            return new LiveCalls.News(after, member.calls(), List.of());
        }
        Read now = read(memberId);
        return new LiveCalls.News(now.mailbox().last(), now.calls(), now.mailbox().after(after));
    }

    /** News: the member's mailbox moved on to {@code last}. Their polls here wake, and read it. */
    void moved(long memberId, long last) {
        known.merge(memberId, new Known(last, false, List.of()),
                (was, news) -> news.last() > was.last() ? new Known(news.last(), false, was.calls()) : was);
        polls.wake(memberId);
    }

    /** Holds a poll of the member's until their number passes {@code after}; see {@link HeldPolls#hold}. */
    HeldPolls<Long>.Poll await(long memberId, long after, Runnable wake) {
        return polls.hold(List.of(memberId), wake, () -> last(memberId) > after);
    }

    /** Reads the member from the grid and keeps it, unless news of a later number came meanwhile. */
    private Read read(long memberId) {
        Read now = grid.apply(memberId);
        Known read = new Known(now.mailbox().last(), true, now.calls());
        known.merge(memberId, read, (was, fresh) -> was.last() > fresh.last() ? was : fresh);
        return now;
    }
}
