package id.ruangkonseling.call.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MailboxTest {

    @Test
    void signalsAreNumberedAfterTheCallsChangesAndReadAfterANumber() {
        Mailbox box = Mailbox.EMPTY.joined("5-a").orElseThrow().posted("5-a", "{\"offer\":1}").orElseThrow()
                .posted("5-a", "{\"candidate\":2}").orElseThrow();

        assertEquals(3, box.last());
        assertEquals(List.of(new Mailbox.Signal(2, "5-a", "{\"offer\":1}"), new Mailbox.Signal(3, "5-a", "{\"candidate\":2}")),
                box.after(0));
        assertEquals(List.of("{\"candidate\":2}"), box.after(2).stream().map(Mailbox.Signal::text).toList());
        assertEquals(4, box.changed().last(), "an answer is news too");
    }

    @Test
    void aCallIsListedOnceAndASignalForACallNotListedIsRefused() {
        assertTrue(Mailbox.EMPTY.joined("5-a").orElseThrow().posted("6-b", "{}").isEmpty());
        assertTrue(Mailbox.EMPTY.joined("5-a").orElseThrow().joined("5-a").isEmpty(), "a call is listed once");
    }

    @Test
    void anEndedCallLeavesOnlyItsNoticeAndItsSignalsAreRefusedFromThen() {
        Mailbox box = Mailbox.EMPTY.joined("5-a").orElseThrow().joined("6-b").orElseThrow()
                .posted("5-a", "canary-a").orElseThrow().posted("6-b", "canary-b").orElseThrow();

        Mailbox ended = box.ended("5-a", "{\"ended\":\"declined\"}");

        assertEquals(List.of("6-b"), ended.calls());
        assertEquals(List.of("canary-b", "{\"ended\":\"declined\"}"), ended.after(0).stream().map(Mailbox.Signal::text).toList());
        assertTrue(ended.posted("5-a", "late").isEmpty(), "nothing of an ended call is taken any more");
    }

    @Test
    void onlyTheNewestTenEndNoticesAreKept() {
        Mailbox box = Mailbox.EMPTY;
        for (int call = 0; call < 15; call++) {
            box = box.joined(call + "-x").orElseThrow().ended(call + "-x", "ended " + call);
        }
        assertEquals(IntStream.range(5, 15).mapToObj(call -> "ended " + call).toList(),
                box.after(0).stream().map(Mailbox.Signal::text).toList());
    }

    @Test
    void theGridsStringsGiveTheSameMailboxBack() {
        Mailbox box = Mailbox.EMPTY.joined("5-a").orElseThrow().joined("6-b").orElseThrow()
                .posted("6-b", "{\"sdp\":\"v=0\\r\\n\"}").orElseThrow().ended("5-a", "{\"ended\":\"missed\"}");

        assertEquals(box, Mailbox.of(box.wire()));
        assertEquals(Mailbox.EMPTY, Mailbox.of(null), "no entry: a member who never had a call");
    }
}
