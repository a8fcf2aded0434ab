package id.ruangkonseling.call.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.chat.entity.CallKind;
import id.ruangkonseling.chat.entity.CallOutcome;
import id.ruangkonseling.chat.entity.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LiveCallTest {

    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    private final LiveCall ringing = LiveCall.ringing(12, 1, CallKind.VIDEO, new LiveCall.Party(20, "Bu Telepon"),
            new LiveCall.Party(10, "Sinta"), START);

    @Test
    void onlyTheOneCalledAnswersAndOnlyOnce() {
        assertTrue(ringing.answer(20, START).isEmpty(), "the caller cannot answer their own call");
        LiveCall answered = ringing.answer(10, START.plusSeconds(3)).orElseThrow();
        assertEquals(LiveCall.State.ANSWERED, answered.state());
        assertTrue(answered.answer(10, START.plusSeconds(4)).isEmpty());
        assertEquals(LiveCall.State.RINGING, ringing.state(), "a step leaves the call it was made on as it was");
    }

    @Test
    void aCallThatConnectedEndsAnsweredWithTheTimeTalkedFromTheConnectionAndAnUnansweredOneAsItsEndSays() {
        LiveCall talked = ringing.answer(10, START.plusSeconds(3)).orElseThrow().connected(START.plusSeconds(13)).orElseThrow()
                .end(CallOutcome.MISSED, START.plusSeconds(73)).orElseThrow();
        assertEquals(List.of(LiveCall.State.ENDED, CallOutcome.ANSWERED, Duration.ofMinutes(1)),
                List.of(talked.state(), talked.outcome().orElseThrow(), talked.talked(START.plusSeconds(99))),
                "the ten seconds of connecting were no talk");
        assertTrue(talked.end(CallOutcome.MISSED, START.plusSeconds(80)).isEmpty(), "an end ends once");
        assertEquals(CallOutcome.DECLINED,
                ringing.end(CallOutcome.DECLINED, START.plusSeconds(5)).orElseThrow().outcome().orElseThrow());
    }

    @Test
    void anAnsweredCallWhoseBrowsersNeverConnectedFailedAndNobodyTalked() {
        LiveCall failed = ringing.answer(10, START.plusSeconds(3)).orElseThrow().end(CallOutcome.MISSED, START.plusSeconds(33))
                .orElseThrow();
        assertEquals(List.of(LiveCall.State.ENDED, CallOutcome.FAILED, Duration.ZERO),
                List.of(failed.state(), failed.outcome().orElseThrow(), failed.talked(START.plusSeconds(99))));
    }

    @Test
    void onlyTheFirstReportOfAConnectionWhileTheCallIsAnsweredCounts() {
        assertTrue(ringing.connected(START.plusSeconds(1)).isEmpty(), "a call not answered yet has nothing to connect");
        LiveCall connected = ringing.answer(10, START.plusSeconds(3)).orElseThrow().connected(START.plusSeconds(5)).orElseThrow();
        assertEquals(LiveCall.State.ANSWERED, connected.state());
        assertTrue(connected.connected(START.plusSeconds(6)).isEmpty(), "the other side's report, later, changes nothing");
        LiveCall failed = ringing.answer(10, START.plusSeconds(3)).orElseThrow().end(CallOutcome.MISSED, START.plusSeconds(40))
                .orElseThrow();
        assertTrue(failed.connected(START.plusSeconds(41)).isEmpty(), "a report after the end changes nothing");
        assertEquals(Duration.ofSeconds(60), connected.end(CallOutcome.MISSED, START.plusSeconds(65)).orElseThrow()
                .talked(START.plusSeconds(99)), "talked from the first report");
    }

    @Test
    void itsIdNamesItsConversationAndNothingElseDoes() {
        assertTrue(ringing.id().startsWith("12-"), ringing.id());
        LiveCall inAnyConversation = LiveCall.ringing(Long.MAX_VALUE, 1, CallKind.VOICE, new LiveCall.Party(20, "Bu Telepon"),
                new LiveCall.Party(10, "Sinta"), START);
        assertEquals(inAnyConversation.id(), Message.requireClientId(inAnyConversation.id()),
                "the conversation's line of the call keeps its id as its client id");
        assertEquals(OptionalLong.of(12), LiveCall.conversationOf(ringing.id()));
        for (String madeUp : new String[] {"made-up-call", "x-abc", "-abc", "-5-abc", "", null}) {
            assertEquals(OptionalLong.empty(), LiveCall.conversationOf(madeUp), madeUp);
        }
    }

    @Test
    void theGridsStringsGiveTheSameCallBack() {
        LiveCall connected = ringing.answer(10, START.plusSeconds(3)).orElseThrow().connected(START.plusSeconds(4)).orElseThrow();
        LiveCall back = LiveCall.of(connected.wire());
        assertEquals(List.of(connected.id(), 12L, 1L, CallKind.VIDEO, 20L, 10L, "Sinta", "Bu Telepon", START, LiveCall.State.ANSWERED),
                List.of(back.id(), back.conversationId(), back.schoolId(), back.kind(), back.callerId(), back.calledId(),
                        back.nameOfOtherThan(20), back.nameOfOtherThan(10), back.startedAt(), back.state()));
        assertEquals(Duration.ofSeconds(6), back.talked(START.plusSeconds(10)), "the connection's time came along");
        assertTrue(back.connected(START.plusSeconds(5)).isEmpty(), "and counts as reported");
    }

    /** During a rolling upgrade the other instance, of the release before, writes and reads the strings it knows. */
    @Test
    void theStringsOfTheReleaseBeforeAreReadAsACallNotConnectedYetAndTheNewOnesOnlyAddAtTheEnd() {
        String[] before = {"12-Xk3abc", "12", "1", "VIDEO", "20", "Bu Telepon", "10", "Sinta", "2026-12-01T08:00:00Z", "ANSWERED",
                "2026-12-01T08:00:03Z", "", ""};
        LiveCall read = LiveCall.of(before);
        assertEquals(List.of("12-Xk3abc", LiveCall.State.ANSWERED), List.of(read.id(), read.state()));
        assertEquals(CallOutcome.FAILED, read.end(CallOutcome.MISSED, START.plusSeconds(30)).orElseThrow().outcome().orElseThrow(),
                "not connected, as far as anybody said");
        LiveCall connected = read.connected(START.plusSeconds(5)).orElseThrow();
        assertEquals(List.of(before), List.of(connected.wire()).subList(0, before.length),
                "the release before reads the fields it knows where it knows them");
    }
}
