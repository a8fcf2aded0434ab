package id.ruangkonseling.chat.boundary;

import id.ruangkonseling.chat.entity.Message;
import java.time.Instant;

/** A message as the API shows it: its number, the author's client id, who wrote it, what and when. */
public record ChatMessage(long seq, String clientId, ChatAuthor author, String body, Instant sentAt) {

    static ChatMessage of(Message message, long viewerId) {
        return new ChatMessage(message.seq(), message.clientId(), ChatAuthor.of(message, viewerId), message.body(),
                message.sentAt());
    }

    /** Who wrote it as the reader may see them: themselves ({@code me}), or the student or the counselor, by name. */
    public record ChatAuthor(long id, String role, String name, boolean me) {

        static ChatAuthor of(Message message, long viewerId) {
            boolean student = message.author().equals(message.conversation().student());
            return new ChatAuthor(message.author().id(), student ? "student" : "counselor",
                    message.author().displayName().orElse(""), message.author().id() == viewerId);
        }
    }
}
