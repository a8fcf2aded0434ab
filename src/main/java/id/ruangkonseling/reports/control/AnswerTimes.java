package id.ruangkonseling.reports.control;

import id.ruangkonseling.counseling.entity.ContactMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How fast and how: the time from a request to a counselor's answer (taken up or declined), the time from a
 * crisis alert until a counselor saw it, and the ways of meeting of the cases opened. Only seconds and counts.
 */
@ApplicationScoped
public class AnswerTimes {

    private static final String FIRST_ANSWER = "SELECT TIMESTAMPDIFF(SECOND, r.submitted_at, r.decided_at) FROM counseling_request r"
            + " LEFT JOIN counseling_case c ON c.id = r.counseling_case_id WHERE r.school_id = ? AND r.decided_at >= ?"
            + " AND r.decided_at < ? %s";
    private static final String OF_CASE = " AND c.counselor_id = ?";
    private static final String CRISIS_SEEN = "SELECT TIMESTAMPDIFF(SECOND, n.raised_at, MIN(n.seen_at)) FROM crisis_notice n"
            + " WHERE n.school_id = ? AND n.raised_at >= ? AND n.raised_at < ? %s GROUP BY n.request_id, n.case_id, n.raised_at"
            + " HAVING MIN(n.seen_at) IS NOT NULL";
    private static final String OF_NOTICE = " AND n.counselor_id = ?";
    private static final String MODES = "SELECT r.contact_mode, COUNT(*) FROM counseling_request r"
            + " JOIN counseling_case c ON c.id = r.counseling_case_id WHERE r.school_id = ? AND c.opened_at >= ?"
            + " AND c.opened_at < ? %s GROUP BY r.contact_mode";

    @Inject
    Tally tally;

    public Durations firstAnswer(ReportScope scope, Instant from, Instant to) {
        return Durations.of(tally.seconds(FIRST_ANSWER, OF_CASE, scope, from, to));
    }

    public Durations crisisSeen(ReportScope scope, Instant from, Instant to) {
        return Durations.of(tally.seconds(CRISIS_SEEN, OF_NOTICE, scope, from, to));
    }

    /** Cases opened per way of meeting the student asked for; every way present, zero if none. */
    public Map<ContactMode, Long> modes(ReportScope scope, Instant from, Instant to) {
        Map<ContactMode, Long> modes = new EnumMap<>(ContactMode.class);
        for (ContactMode mode : ContactMode.values()) {
            modes.put(mode, 0L);
        }
        tally.perKey(MODES, OF_CASE, scope, from, to).forEach((mode, n) -> modes.merge(ContactMode.valueOf(mode), n, Long::sum));
        return modes;
    }
}
