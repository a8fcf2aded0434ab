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
    void anAnsweredCallEndsAnsweredWithTheTimeTalkedAndAnUnansweredOneAsItsEndSays() {
        LiveCall talked = ringing.answer(10, START.plusSeconds(3)).orElseThrow().end(CallOutcome.MISSED, START.plusSeconds(63))
                .orElseThrow();
        assertEquals(List.of(LiveCall.State.ENDED, CallOutcome.ANSWERED, Duration.ofMinutes(1)),
                List.of(talked.state(), talked.outcome().orElseThrow(), talked.talked(START.plusSeconds(99))));
        assertTrue(talked.end(CallOutcome.MISSED, START.plusSeconds(70)).isEmpty(), "an end ends once");
        assertEquals(CallOutcome.DECLINED,
                ringing.end(CallOutcome.DECLINED, START.plusSeconds(5)).orElseThrow().outcome().orElseThrow());
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
        LiveCall answered = ringing.answer(10, START.plusSeconds(3)).orElseThrow();
        LiveCall back = LiveCall.of(answered.wire());
        assertEquals(List.of(answered.id(), 12L, 1L, CallKind.VIDEO, 20L, 10L, "Sinta", "Bu Telepon", START, LiveCall.State.ANSWERED),
                List.of(back.id(), back.conversationId(), back.schoolId(), back.kind(), back.callerId(), back.calledId(),
                        back.nameOfOtherThan(20), back.nameOfOtherThan(10), back.startedAt(), back.state()));
        assertEquals(Duration.ofSeconds(7), back.talked(START.plusSeconds(10)), "the answer's time came along");
    }
}
