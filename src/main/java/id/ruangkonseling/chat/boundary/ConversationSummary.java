package id.ruangkonseling.chat.boundary;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One of the member's conversations as their list shows it: its case (once there is one), the other
 * party as they may see them (no counselor yet while the request waits), unread messages and the last number.
 */
public record ConversationSummary(long id, @JsonbProperty("case") Long caseId, OtherParty otherParty, long unread, long lastSeq, boolean closed) {

    /**
     * The other side: {@code student} or {@code counselor}, by the name the LMS gave ("" when it gave none) —
     * an unnamed student by their pseudonym while it hides the name.
     */
    public record OtherParty(String role, String name) {
    }
}
