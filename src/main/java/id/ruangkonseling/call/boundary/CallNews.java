package id.ruangkonseling.call.boundary;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * What a member's pages hear from {@code GET /api/calls}: the number of the newest news ({@code last}, also
 * the ETag), their live calls, and the signals the other sides sent after the number the page had.
 */
public record CallNews(long last, List<CallView> calls, List<SignalView> signals) {

    /** A signal as the other browser sent it ({@code description} or {@code candidate}), for call {@code call}. */
    public record SignalView(long seq, String call, JsonObject signal) {
    }
}
