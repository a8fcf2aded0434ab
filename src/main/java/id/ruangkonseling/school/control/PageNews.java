package id.ruangkonseling.school.control;

import id.ruangkonseling.platform.control.AfterCommit;
import id.ruangkonseling.platform.control.DataGrid;
import id.ruangkonseling.platform.control.HeldPolls;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the open pages of a school's members have not shown yet, as numbers in memory: one per school that its
 * counselors follow (a request or a referral came or moved, a crisis was raised) and one per member (a message
 * for them, an appointment of theirs changed, a conversation opened for them). A page holds a poll until one of
 * its numbers moves, then reads what it shows anew through its boundary: the news never says what happened, so
 * it can tell nobody anything they may not see. Told inside a transaction, news goes out once it commits.
 * <p>
 * Every instance keeps its own numbers and hears the others' news through the data grid: each piece of news
 * moves the number on every instance (to the teller's number, or one more than its own if that is higher), so
 * that a page held on any instance wakes, and instances told the same news show the same edition.
 */
@ApplicationScoped
public class PageNews {

    static final String TOPIC = "rk.page-news";

    private final ConcurrentHashMap<String, Long> numbers = new ConcurrentHashMap<>();
    private final HeldPolls<String> polls = new HeldPolls<>();

    @Inject
    AfterCommit afterCommit;

    @Inject
    DataGrid grid;

    @PostConstruct
    void listen() {
        grid.listen(TOPIC, String.class, told -> {
            int space = told.indexOf(' ');
            move(told.substring(0, space), Long.parseLong(told.substring(space + 1)));
        });
    }

    /** Where a member's pages stand: the school's number (counselors only) and the member's own. */
    public record Edition(long school, long member) {

        /** As pages carry it: {@code 12-7}. */
        public String text() {
            return school + "-" + member;
        }
    }

    /** Something every counselor of the school should see: the queue or a crisis changed. */
    public void forCounselorsOf(long schoolId) {
        tell(schoolKey(schoolId));
    }

    /** Something this member should see on their own pages. */
    public void forMember(long memberId) {
        tell(memberKey(memberId));
    }

    public Edition edition(Caller caller) {
        return new Edition(caller.is(Role.COUNSELOR) ? number(schoolKey(caller.schoolId())) : 0, number(memberKey(caller.memberId())));
    }

    /** Holds a poll of the caller's until their edition is no longer {@code known}; see {@link HeldPolls#hold}. */
    public HeldPolls<String>.Poll hold(Caller caller, Edition known, Runnable wake) {
        List<String> keys = caller.is(Role.COUNSELOR)
                ? List.of(schoolKey(caller.schoolId()), memberKey(caller.memberId())) : List.of(memberKey(caller.memberId()));
        return polls.hold(keys, wake, () -> !edition(caller).equals(known));
    }

    private void tell(String key) {
        afterCommit.run(() -> grid.tell(TOPIC, key + " " + move(key, 0)));
    }

    /** Moves the key's number past what it was, to {@code atLeast} if that is more, and wakes its polls. */
    private long move(String key, long atLeast) {
        long moved = numbers.merge(key, Math.max(1, atLeast), (known, told) -> Math.max(known + 1, told));
        polls.wake(key);
        return moved;
    }

    private long number(String key) {
        return numbers.getOrDefault(key, 0L);
    }

    private static String schoolKey(long schoolId) {
        return "school:" + schoolId;
    }

    private static String memberKey(long memberId) {
        return "member:" + memberId;
    }
}
