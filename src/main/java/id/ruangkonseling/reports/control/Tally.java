package id.ruangkonseling.reports.control;

import id.ruangkonseling.school.entity.ServiceField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs the reports' counting SQL for a scope and a span of time: every school, start and end placeholder gets the
 * scope's school and the span (in that order, as often as the statement has them), a counselor's scope adds the
 * counselor last. Counting happens with {@code GROUP BY} in the database; only counts and seconds come back.
 */
@ApplicationScoped
public class Tally {

    @Inject
    EntityManager entityManager;

    /** How many rows of one month, field and counselor (empty: none, e.g. a request no one took up). */
    public record Row(YearMonth month, ServiceField field, Optional<Long> counselor, long count) {
    }

    public List<Row> count(Count count, ReportScope scope, Instant from, Instant to) {
        List<Row> rows = new ArrayList<>();
        for (Object result : query(count.sql(offset(scope, from), scope.counselor().isPresent()), scope, from, to).getResultList()) {
            Object[] columns = (Object[]) result;
            if (columns[1] != null) {
                int month = ((Number) columns[0]).intValue();
                rows.add(new Row(YearMonth.of(month / 100, month % 100), ServiceField.valueOf(columns[1].toString()),
                        Optional.ofNullable((Number) columns[2]).map(Number::longValue), ((Number) columns[3]).longValue()));
            }
        }
        return rows;
    }

    /** {@code SELECT key, COUNT(*) … GROUP BY key} with {@code %s} where a counselor's clause goes: the count per key. */
    public Map<String, Long> perKey(String sql, String counselorClause, ReportScope scope, Instant from, Instant to) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object result : query(sql.formatted(scope.counselor().isPresent() ? counselorClause : ""), scope, from, to).getResultList()) {
            Object[] columns = (Object[]) result;
            counts.merge(String.valueOf(columns[0]), ((Number) columns[1]).longValue(), Long::sum);
        }
        return counts;
    }

    /** {@code SELECT seconds …}: one duration per row (never more than that leaves the database). */
    public List<Long> seconds(String sql, String counselorClause, ReportScope scope, Instant from, Instant to) {
        List<Long> seconds = new ArrayList<>();
        for (Object value : query(sql.formatted(scope.counselor().isPresent() ? counselorClause : ""), scope, from, to).getResultList()) {
            if (value != null) {
                seconds.add(((Number) value).longValue());
            }
        }
        return seconds;
    }

    /** The school's zone's offset from UTC (Indonesia keeps no summer time): where its days begin in stored UTC times. */
    static int offset(ReportScope scope, Instant at) {
        return scope.zone().getRules().getOffset(at).getTotalSeconds();
    }

    private Query query(String sql, ReportScope scope, Instant from, Instant to) {
        Query query = entityManager.createNativeQuery(sql);
        int placeholders = (int) sql.chars().filter(c -> c == '?').count() - (scope.counselor().isPresent() ? 1 : 0);
        for (int i = 0; i < placeholders; i += 3) {
            query.setParameter(i + 1, scope.schoolId()).setParameter(i + 2, Timestamp.from(from)).setParameter(i + 3, Timestamp.from(to));
        }
        scope.counselor().ifPresent(counselor -> query.setParameter(placeholders + 1, counselor));
        return query;
    }
}
