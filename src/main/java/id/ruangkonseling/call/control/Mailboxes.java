package id.ruangkonseling.call.control;

import com.hazelcast.map.IMap;
import id.ruangkonseling.platform.control.DataGrid;
import java.util.Optional;
import java.util.function.Function;

/**
 * The members' mailboxes, in one of the data grid's maps: each is changed under the grid's lock on its member,
 * so that signals posted through two instances are numbered one after the other, none lost. After a change, the
 * member's new number goes out as news on a topic; each instance wakes its own held polls of that member, and
 * only a poll that has news reads the mailbox itself.
 */
final class Mailboxes {

    static final String MAP = "rk.call-mailboxes";
    static final String TOPIC = "rk.call-mailboxes";

    /** What an instance does when a member's mailbox has moved on to number {@code last}. */
    interface Moved {
        void to(long memberId, long last);
    }

    private final DataGrid grid;
    private final Moved moved;

    /** Mailboxes on this grid member, which tell {@code moved} of every change, made here or on another instance. */
    Mailboxes(DataGrid grid, Moved moved) {
        this.grid = grid;
        this.moved = moved;
        grid.listen(TOPIC, long[].class, news -> moved.to(news[0], news[1]));
    }

    /** The member's mailbox as it is now; {@link Mailbox#EMPTY} when they never had a call. */
    Mailbox read(long memberId) {
        return Mailbox.of(mailboxes().get(memberId));
    }

    /** Changes the member's mailbox by {@code step} (empty: leave it as it is); the mailbox afterwards, if changed. */
    Optional<Mailbox> change(long memberId, Function<Mailbox, Optional<Mailbox>> step) {
        IMap<Long, String[]> mailboxes = mailboxes();
        Optional<Mailbox> changed;
        mailboxes.lock(memberId);
        try {
            changed = step.apply(Mailbox.of(mailboxes.get(memberId)));
            changed.ifPresent(after -> mailboxes.set(memberId, after.wire()));
        } finally {
            mailboxes.unlock(memberId);
        }
        changed.ifPresent(after -> {
            moved.to(memberId, after.last());
            grid.tell(TOPIC, new long[] {memberId, after.last()});
        });
        return changed;
    }

    private IMap<Long, String[]> mailboxes() {
        return grid.map(MAP);
    }
}
