package id.ruangkonseling.reports.control;

import java.time.Instant;
import java.util.List;

/**
 * What counts as a session: a conversation's day (in the school's calendar) with messages from both sides, an
 * answered call that connected (one that never connected, FAILED, is none), an appointment marked done; and calls
 * no one answered. The counting rules, run by {@link Tally}.
 */
public final class SessionCounts {

    /** The field of conversation {@code k}: its request's, else its case's. */
    private static final String CONVERSATION_FIELD = "COALESCE((SELECT MIN(q.service_field) FROM counseling_request q WHERE q.conversation_id = k.id),"
            + " (SELECT MIN(q.service_field) FROM counseling_request q WHERE q.counseling_case_id = k.case_id),"
            + " (SELECT MIN(f.service_field) FROM referral f WHERE f.case_id = k.case_id))";
    /** Each conversation's days with messages from both sides, each placed at its first message. */
    private static final String CHAT_DAYS = "(SELECT m.conversation_id AS id, MIN(m.sent_at) AS at FROM chat_message m"
            + " WHERE m.school_id = ? AND m.sent_at >= ? AND m.sent_at < ? AND m.call_outcome IS NULL"
            + " GROUP BY m.conversation_id, CAST(TIMESTAMPADD(SECOND, %d, m.sent_at) AS DATE) HAVING COUNT(DISTINCT m.author_id) >= 2) d"
            + " JOIN conversation k ON k.id = d.id";

    private SessionCounts() {
    }

    /** The three kinds of session, the days cut at the school's midnight (its offset at {@code from}). */
    static List<Count> held(ReportScope scope, Instant from) {
        return List.of(new Count(CHAT_DAYS.formatted(Tally.offset(scope, from)), "k.school_id", "d.at", CONVERSATION_FIELD, "k.counselor_id", ""),
                calls("ANSWERED"),
                new Count("appointment a JOIN counseling_case c ON c.id = a.counseling_case_id", "a.school_id", "a.starts_at",
                        ServiceCounts.CASE_FIELD, "a.counselor_id", "AND a.status = 'DONE'"));
    }

    /** Call lines that ended as {@code outcome}: ANSWERED or MISSED. */
    static Count calls(String outcome) {
        return new Count("chat_message m JOIN conversation k ON k.id = m.conversation_id", "m.school_id", "m.sent_at", CONVERSATION_FIELD,
                "k.counselor_id", "AND m.call_outcome = '" + outcome + "'");
    }
}
