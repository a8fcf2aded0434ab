package id.ruangkonseling.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the reports' counting SQL for a scope and a span of time: each statement has the school, the span's start
 * and end, then {@code %s} where a counselor's clause goes, and counts with {@code GROUP BY} in the database.
 */
@ApplicationScoped
public class Tally {

    @Inject
    EntityManager entityManager;

    /** {@code SELECT key, COUNT(*) … GROUP BY key}: the count per key, keys without rows absent. */
    public Map<String, Long> perKey(String sql, String counselorClause, ReportScope scope, Instant from, Instant to) {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : query(sql, counselorClause, scope, from, to).getResultList()) {
            Object[] columns = (Object[]) row;
            if (columns[0] != null) {
                counts.merge(columns[0].toString(), ((Number) columns[1]).longValue(), Long::sum);
            }
        }
        return counts;
    }

    /** {@code SELECT seconds …}: one duration per row (never more than that leaves the database). */
    public List<Long> seconds(String sql, String counselorClause, ReportScope scope, Instant from, Instant to) {
        List<Long> seconds = new ArrayList<>();
        for (Object value : query(sql, counselorClause, scope, from, to).getResultList()) {
            if (value != null) {
                seconds.add(((Number) value).longValue());
            }
        }
        return seconds;
    }

    private Query query(String sql, String counselorClause, ReportScope scope, Instant from, Instant to) {
        Query query = entityManager.createNativeQuery(sql.formatted(scope.counselor().isPresent() ? counselorClause : ""))
                .setParameter(1, scope.schoolId()).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to));
        scope.counselor().ifPresent(counselor -> query.setParameter(4, counselor));
        return query;
    }
}
