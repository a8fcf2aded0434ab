package id.ruangkonseling.chat.boundary;

import id.ruangkonseling.chat.entity.Message;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A message as the API shows it: its number, the author's client id, who wrote it, what and when; for the
 * line a call left, {@code call} says how it was held and ended (the author is who called; no body).
 */
public record ChatMessage(long seq, String clientId, ChatAuthor author, String body, Instant sentAt, ChatCall call) {

    /** The message; {@code studentShownAs} is the student's pseudonym while the conversation hides their name. */
    static ChatMessage of(Message message, long viewerId, Optional<String> studentShownAs) {
        return new ChatMessage(message.seq(), message.clientId(), ChatAuthor.of(message, viewerId, studentShownAs),
                message.body(), message.sentAt(), message.call().map(ChatCall::of).orElse(null));
    }

    /**
     * A call's line: {@code video} or {@code voice}; {@code answered}, {@code missed}, {@code declined} or
     * {@code failed}; seconds talked.
     */
    public record ChatCall(String kind, String outcome, int seconds) {

        static ChatCall of(Message.CallLine line) {
            return new ChatCall(line.kind().wire(), line.outcome().name().toLowerCase(Locale.ROOT), line.seconds());
        }
    }

    /**
     * Who wrote it as the reader may see them: themselves ({@code me}), or the student or the counselor, by
     * name — an unnamed student by their pseudonym, to both sides alike.
     */
    public record ChatAuthor(long id, String role, String name, boolean me) {

        static ChatAuthor of(Message message, long viewerId, Optional<String> studentShownAs) {
            boolean student = message.author().equals(message.conversation().student());
            String name = student ? studentShownAs.orElseGet(() -> message.author().displayName().orElse(""))
                    : message.author().displayName().orElse("");
            return new ChatAuthor(message.author().id(), student ? "student" : "counselor", name,
                    message.author().id() == viewerId);
        }
    }
}
