package id.ruangkonseling.chat.boundary;

import id.ruangkonseling.school.entity.Caller;
import java.util.Optional;

/**
 * A student's message matched their school's crisis lexicon; fired inside the transaction that stores it,
 * for counseling to escalate the conversation's request or case. Carries no text: chat knows only which
 * conversation, and its case id once a counselor joined.
 */
public record AlarmingMessage(Caller student, long conversationId, Optional<Long> caseId) {
}
