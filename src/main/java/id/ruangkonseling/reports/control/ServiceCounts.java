package id.ruangkonseling.reports.control;

import id.ruangkonseling.reports.control.Tallies.Counted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The counts of a span per month, service field and counselor: requests and referrals received and taken up,
 * cases opened and closed, crisis escalations, follow-ups due and done (and, from {@link SessionCounts}, sessions
 * held and missed). A case has the field of the request that opened it, else of a referral merged into it.
 */
@ApplicationScoped
public class ServiceCounts {

    /** The field of case {@code c}. */
    static final String CASE_FIELD = "COALESCE((SELECT MIN(q.service_field) FROM counseling_request q WHERE q.counseling_case_id = c.id),"
            + " (SELECT MIN(f.service_field) FROM referral f WHERE f.case_id = c.id))";
    private static final String REQUESTS = "counseling_request r LEFT JOIN counseling_case c ON c.id = r.counseling_case_id";
    private static final String NOTES = "case_note n JOIN counseling_case c ON c.id = n.case_id";
    private static final String DONE = "AND EXISTS (SELECT 1 FROM case_note later WHERE later.case_id = n.case_id"
            + " AND later.id <> n.id AND later.held_on >= n.follow_up_on)";
    private static final String NOT_FROM_REQUEST = "AND NOT EXISTS (SELECT 1 FROM counseling_request q"
            + " WHERE q.counseling_case_id = c.id AND q.crisis_at = c.crisis_at)";

    @Inject
    Tally tally;

    /** Every figure of {@code [from, to)}, grouped by the database. */
    public Tallies of(ReportScope scope, Instant from, Instant to) {
        List<Counted> rows = new ArrayList<>();
        add(rows, Figure.REQUESTS, request("r.submitted_at", ""), scope, from, to);
        add(rows, Figure.REFERRALS, referral("f.received_at"), scope, from, to);
        add(rows, Figure.TAKEN_UP, request("r.decided_at", "AND r.status = 'ACCEPTED'"), scope, from, to);
        add(rows, Figure.TAKEN_UP, referral("f.accepted_at"), scope, from, to);
        add(rows, Figure.CASES_OPENED, onCase("c.opened_at", ""), scope, from, to);
        add(rows, Figure.CASES_CLOSED, onCase("c.changed_at", "AND c.status = 'CLOSED'"), scope, from, to);
        add(rows, Figure.CRISIS_ESCALATIONS, request("r.crisis_at", ""), scope, from, to);
        add(rows, Figure.CRISIS_ESCALATIONS, onCase("c.crisis_at", NOT_FROM_REQUEST), scope, from, to);
        // a follow-up date is a day of the school's calendar: placed at its first moment in UTC, as stored times are
        String dueOn = "TIMESTAMPADD(SECOND, " + -Tally.offset(scope, from) + ", n.follow_up_on)";
        add(rows, Figure.FOLLOW_UPS_DUE, new Count(NOTES, "n.school_id", dueOn, CASE_FIELD, "c.counselor_id", ""), scope, from, to);
        add(rows, Figure.FOLLOW_UPS_DONE, new Count(NOTES, "n.school_id", dueOn, CASE_FIELD, "c.counselor_id", DONE), scope, from, to);
        for (Count held : SessionCounts.held(scope, from)) {
            add(rows, Figure.SESSIONS, held, scope, from, to);
        }
        add(rows, Figure.MISSED, SessionCounts.calls("MISSED"), scope, from, to);
        return new Tallies(rows);
    }

    private static Count request(String when, String where) {
        return new Count(REQUESTS, "r.school_id", when, "r.service_field", "c.counselor_id", where);
    }

    private static Count referral(String when) {
        return new Count("referral f", "f.school_id", when, "f.service_field", "f.accepted_by", "");
    }

    private static Count onCase(String when, String where) {
        return new Count("counseling_case c", "c.school_id", when, CASE_FIELD, "c.counselor_id", where);
    }

    private void add(List<Counted> rows, Figure figure, Count count, ReportScope scope, Instant from, Instant to) {
        tally.count(count, scope, from, to).forEach(row -> rows.add(new Counted(figure, row)));
    }
}
