package id.ruangkonseling.chat.boundary;

import java.util.List;

/** Messages after a number, in order, the conversation's last number, and how far the other side has read. */
public record MessagePage(List<ChatMessage> messages, long lastSeq, long readByOther) {
}
