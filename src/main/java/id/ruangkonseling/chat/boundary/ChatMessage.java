package id.ruangkonseling.chat.boundary;

import id.ruangkonseling.chat.entity.Message;
import java.time.Instant;
import java.util.Optional;

/** A message as the API shows it: its number, the author's client id, who wrote it, what and when. */
public record ChatMessage(long seq, String clientId, ChatAuthor author, String body, Instant sentAt) {

    /** The message; {@code studentShownAs} is the student's pseudonym while the conversation hides their name. */
    static ChatMessage of(Message message, long viewerId, Optional<String> studentShownAs) {
        return new ChatMessage(message.seq(), message.clientId(), ChatAuthor.of(message, viewerId, studentShownAs),
                message.body(), message.sentAt());
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
