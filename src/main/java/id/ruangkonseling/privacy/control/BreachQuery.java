package id.ruangkonseling.privacy.control;

import id.ruangkonseling.privacy.control.DataKind.Reads;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whose data a time window touched, for a breach notice (UU PDP: within 3 × 24 hours): per student,
 * how many rows of the kinds asked about were created or changed in the window, and how many reads of
 * them the audit trail shows. Rows already deleted are no one's any more and are not counted.
 */
@ApplicationScoped
public class BreachQuery {

    @Inject
    EntityManager entityManager;

    @Inject
    SchoolDirectory schools;

    /** One student touched: by whom the rows are, how many changed, how many reads. */
    public record Touched(Member member, long changed, long read) {
    }

    public List<Touched> touched(School school, Set<DataKind> kinds, Instant from, Instant to) {
        Map<Long, Long> changed = new HashMap<>();
        Map<Long, Long> read = new HashMap<>();
        for (DataKind kind : kinds) {
            entityManager.createQuery(kind.changed(), Object[].class).setParameter("school", school.id())
                    .setParameter("from", from).setParameter("to", to).getResultList()
                    .forEach(row -> changed.merge((Long) row[0], (Long) row[1], Long::sum));
            kind.reads().ifPresent(reads -> reads(school, reads, from, to).forEach(student -> read.merge(student, 1L, Long::sum)));
        }
        Set<Long> ids = new TreeSet<>(changed.keySet());
        ids.addAll(read.keySet());
        return schools.members(school, ids).stream()
                .map(member -> new Touched(member, changed.getOrDefault(member.id(), 0L), read.getOrDefault(member.id(), 0L)))
                .sorted(Comparator.comparing((Touched touched) -> touched.member().shownName()).thenComparing(t -> t.member().id()))
                .toList();
    }

    /** The student of each read in the window, once per read. */
    private List<Long> reads(School school, Reads reads, Instant from, Instant to) {
        List<String> subjects = entityManager.createQuery("SELECT e.subjectId FROM AuditEntry e WHERE e.schoolId = :school"
                        + " AND e.action = :action AND e.subjectType = :type AND e.occurredAt >= :from AND e.occurredAt < :to",
                        String.class)
                .setParameter("school", school.id()).setParameter("action", reads.action())
                .setParameter("type", reads.subjectType()).setParameter("from", from).setParameter("to", to).getResultList();
        List<Long> ids = subjects.stream().filter(id -> id != null && id.matches("\\d{1,18}")).map(Long::valueOf).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String alias = reads.studentOf().substring(reads.studentOf().lastIndexOf(' ') + 1);
        Map<Long, Long> studentOf = new HashMap<>();
        entityManager.createQuery(reads.studentOf() + " WHERE " + alias + ".id IN :ids AND " + alias + ".school.id = :school",
                        Object[].class)
                .setParameter("ids", Set.copyOf(ids)).setParameter("school", school.id()).getResultList()
                .forEach(row -> studentOf.put((Long) row[0], (Long) row[1]));
        return ids.stream().filter(studentOf::containsKey).map(studentOf::get).toList();
    }
}
