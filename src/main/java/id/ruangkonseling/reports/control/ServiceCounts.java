package id.ruangkonseling.reports.control;

import id.ruangkonseling.school.entity.ServiceField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of a span per service field: requests and referrals received and taken up, cases opened and
 * closed, sessions held and missed, crisis escalations, follow-ups due and done. A case, conversation or
 * appointment has the field of the request that opened its case (else of a referral merged into it).
 */
@ApplicationScoped
public class ServiceCounts {

    /** The field of case {@code c}. */
    static final String CASE_FIELD = "COALESCE((SELECT MIN(q.service_field) FROM counseling_request q WHERE q.counseling_case_id = c.id),"
            + " (SELECT MIN(f.service_field) FROM referral f WHERE f.case_id = c.id))";
    private static final String ON_CASES = "SELECT x.field, COUNT(*) FROM (SELECT " + CASE_FIELD + " AS field FROM counseling_case c"
            + " WHERE c.school_id = ? AND %s >= ? AND %s < ? %%s) x GROUP BY x.field";
    private static final String OF_CASE = " AND c.counselor_id = ?";
    private static final String REQUESTS = "SELECT r.service_field, COUNT(*) FROM counseling_request r"
            + " LEFT JOIN counseling_case c ON c.id = r.counseling_case_id WHERE r.school_id = ? AND %s >= ? AND %s < ? %%s"
            + " GROUP BY r.service_field";
    private static final String REFERRALS = "SELECT f.service_field, COUNT(*) FROM referral f WHERE f.school_id = ?"
            + " AND %s >= ? AND %s < ? %%s GROUP BY f.service_field";
    private static final String TAKEN_UP_BY = " AND f.accepted_by = ?";
    private static final String CASE_CRISES = "SELECT x.field, COUNT(*) FROM (SELECT " + CASE_FIELD + " AS field FROM counseling_case c"
            + " WHERE c.school_id = ? AND c.crisis_at >= ? AND c.crisis_at < ? %s AND NOT EXISTS (SELECT 1 FROM counseling_request q"
            + " WHERE q.counseling_case_id = c.id AND q.crisis_at = c.crisis_at)) x GROUP BY x.field";
    private static final String FOLLOW_UPS = "SELECT x.field, COUNT(*) FROM (SELECT " + CASE_FIELD + " AS field FROM case_note n"
            + " JOIN counseling_case c ON c.id = n.case_id WHERE n.school_id = ? AND %2$s >= ? AND %2$s < ? %%s %1$s) x GROUP BY x.field";
    private static final String DONE = "AND EXISTS (SELECT 1 FROM case_note later WHERE later.case_id = n.case_id"
            + " AND later.id <> n.id AND later.held_on >= n.follow_up_on)";

    @Inject
    Tally tally;

    @Inject
    SessionCounts sessions;

    /** Every figure of {@code [from, to)} per field; a field without any row has zeros. */
    public Map<ServiceField, Map<Figure, Long>> of(ReportScope scope, Instant from, Instant to) {
        Map<ServiceField, Map<Figure, Long>> counts = new EnumMap<>(ServiceField.class);
        for (ServiceField field : ServiceField.values()) {
            Map<Figure, Long> zeros = new EnumMap<>(Figure.class);
            for (Figure figure : Figure.values()) {
                zeros.put(figure, 0L);
            }
            counts.put(field, zeros);
        }
        add(counts, Figure.REQUESTS, tally.perKey(REQUESTS.formatted("r.submitted_at", "r.submitted_at"), OF_CASE, scope, from, to));
        add(counts, Figure.REFERRALS, tally.perKey(REFERRALS.formatted("f.received_at", "f.received_at"), TAKEN_UP_BY, scope, from, to));
        add(counts, Figure.TAKEN_UP, tally.perKey(REQUESTS.formatted("r.decided_at", "r.decided_at") .replace("%s GROUP", "%s AND r.status = 'ACCEPTED' GROUP"),
                OF_CASE, scope, from, to));
        add(counts, Figure.TAKEN_UP, tally.perKey(REFERRALS.formatted("f.accepted_at", "f.accepted_at"), TAKEN_UP_BY, scope, from, to));
        add(counts, Figure.CASES_OPENED, tally.perKey(ON_CASES.formatted("c.opened_at", "c.opened_at"), OF_CASE, scope, from, to));
        add(counts, Figure.CASES_CLOSED, tally.perKey(ON_CASES.formatted("c.changed_at", "c.changed_at")
                .replace("%s) x", "AND c.status = 'CLOSED' %s) x"), OF_CASE, scope, from, to));
        add(counts, Figure.CRISIS_ESCALATIONS, tally.perKey(REQUESTS.formatted("r.crisis_at", "r.crisis_at"), OF_CASE, scope, from, to));
        add(counts, Figure.CRISIS_ESCALATIONS, tally.perKey(CASE_CRISES, OF_CASE, scope, from, to));
        String dueOn = "TIMESTAMPADD(SECOND, " + -offset(scope, from) + ", n.follow_up_on)";
        add(counts, Figure.FOLLOW_UPS_DUE, tally.perKey(FOLLOW_UPS.formatted("", dueOn), OF_CASE, scope, from, to));
        add(counts, Figure.FOLLOW_UPS_DONE, tally.perKey(FOLLOW_UPS.formatted(DONE, dueOn), OF_CASE, scope, from, to));
        add(counts, Figure.SESSIONS, sessions.held(scope, from, to));
        add(counts, Figure.MISSED, sessions.missed(scope, from, to));
        return counts;
    }

    /** The school's zone's offset from UTC (Indonesia keeps no summer time): where its days begin in stored UTC times. */
    static int offset(ReportScope scope, Instant at) {
        return scope.zone().getRules().getOffset(at).getTotalSeconds();
    }

    private static void add(Map<ServiceField, Map<Figure, Long>> counts, Figure figure, Map<String, Long> perField) {
        perField.forEach((field, count) -> counts.get(ServiceField.valueOf(field)).merge(figure, count, Long::sum));
    }
}
