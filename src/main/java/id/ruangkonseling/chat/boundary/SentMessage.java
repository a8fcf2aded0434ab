package id.ruangkonseling.chat.boundary;

import id.ruangkonseling.chat.boundary.ChatMessage.ChatAuthor;
import id.ruangkonseling.safeguarding.boundary.HelpCard;
import java.time.Instant;

/**
 * What {@code POST /api/conversations/{id}/messages} answers: the stored message as {@link ChatMessage}
 * shows it, and only after a student's message that matched the crisis lexicon, {@code help} — the card
 * with the school's help contacts (left out otherwise, so the contract only gained an optional field).
 */
public record SentMessage(long seq, String clientId, ChatAuthor author, String body, Instant sentAt, HelpCard help) {

    static SentMessage of(ChatMessage message, HelpCard help) {
        return new SentMessage(message.seq(), message.clientId(), message.author(), message.body(), message.sentAt(), help);
    }
}
