package id.ruangkonseling.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Sessions per service field: a conversation's day (in the school's calendar) with messages from both sides,
 * an answered call, an appointment marked done; and calls that were not answered. Counted in the database.
 */
@ApplicationScoped
public class SessionCounts {

    /** The field of conversation {@code k}: its request's, else its case's. */
    private static final String CONVERSATION_FIELD = "COALESCE((SELECT MIN(q.service_field) FROM counseling_request q WHERE q.conversation_id = k.id),"
            + " (SELECT MIN(q.service_field) FROM counseling_request q WHERE q.counseling_case_id = k.case_id),"
            + " (SELECT MIN(f.service_field) FROM referral f WHERE f.case_id = k.case_id))";
    private static final String CHAT_DAYS = "SELECT x.field, COUNT(*) FROM (SELECT " + CONVERSATION_FIELD + " AS field FROM"
            + " (SELECT m.conversation_id AS id FROM chat_message m WHERE m.school_id = ? AND m.sent_at >= ? AND m.sent_at < ?"
            + " AND m.call_kind IS NULL GROUP BY m.conversation_id, CAST(TIMESTAMPADD(SECOND, %d, m.sent_at) AS DATE)"
            + " HAVING COUNT(DISTINCT m.author_id) >= 2) d JOIN conversation k ON k.id = d.id WHERE 1 = 1 %%s) x GROUP BY x.field";
    private static final String CALLS = "SELECT x.field, COUNT(*) FROM (SELECT " + CONVERSATION_FIELD + " AS field FROM chat_message m"
            + " JOIN conversation k ON k.id = m.conversation_id WHERE m.school_id = ? AND m.sent_at >= ? AND m.sent_at < ?"
            + " AND m.call_outcome = '%s' %%s) x GROUP BY x.field";
    private static final String OF_CONVERSATION = " AND k.counselor_id = ?";
    private static final String APPOINTMENTS_DONE = "SELECT x.field, COUNT(*) FROM (SELECT " + ServiceCounts.CASE_FIELD
            + " AS field FROM appointment a JOIN counseling_case c ON c.id = a.counseling_case_id WHERE a.school_id = ?"
            + " AND a.starts_at >= ? AND a.starts_at < ? AND a.status = 'DONE' %s) x GROUP BY x.field";
    private static final String OF_APPOINTMENT = " AND a.counselor_id = ?";

    @Inject
    Tally tally;

    /** Chat days with both sides, answered calls and appointments done, per field. */
    public Map<String, Long> held(ReportScope scope, Instant from, Instant to) {
        Map<String, Long> held = new HashMap<>(tally.perKey(CHAT_DAYS.formatted(ServiceCounts.offset(scope, from)), OF_CONVERSATION,
                scope, from, to));
        tally.perKey(CALLS.formatted("ANSWERED"), OF_CONVERSATION, scope, from, to).forEach((field, n) -> held.merge(field, n, Long::sum));
        tally.perKey(APPOINTMENTS_DONE, OF_APPOINTMENT, scope, from, to).forEach((field, n) -> held.merge(field, n, Long::sum));
        return held;
    }

    /** Calls no one answered, per field. */
    public Map<String, Long> missed(ReportScope scope, Instant from, Instant to) {
        return tally.perKey(CALLS.formatted("MISSED"), OF_CONVERSATION, scope, from, to);
    }
}
