package id.ruangkonseling.call.boundary;

import id.ruangkonseling.call.control.LiveCall;
import java.time.Instant;
import java.util.Locale;

/**
 * A call as one participant's page sees it: its id and conversation, {@code video} or {@code voice},
 * {@code ringing}, {@code answered} or {@code ended}, whether they called ({@code outgoing}) or are being
 * called ({@code incoming}), and the other side's name as they know it.
 */
public record CallView(String id, long conversation, String kind, String state, String direction, String other,
                       Instant startedAt) {

    static CallView of(LiveCall call, long viewerId) {
        return new CallView(call.id(), call.conversationId(), call.kind().wire(), call.state().name().toLowerCase(Locale.ROOT),
                call.callerId() == viewerId ? "outgoing" : "incoming", call.nameOfOtherThan(viewerId), call.startedAt());
    }
}
