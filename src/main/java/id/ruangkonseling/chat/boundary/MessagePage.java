package id.ruangkonseling.chat.boundary;

import java.util.List;

/**
 * Messages after a number, in order, the conversation's last number, how far the other side has read and
 * whether they are typing right now.
 */
public record MessagePage(List<ChatMessage> messages, long lastSeq, long readByOther, boolean otherTyping) {
}
