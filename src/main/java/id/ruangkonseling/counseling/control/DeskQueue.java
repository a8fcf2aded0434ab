package id.ruangkonseling.counseling.control;

import id.ruangkonseling.counseling.control.QueueItem.Kind;
import id.ruangkonseling.counseling.control.QueueItem.QueueStatus;
import id.ruangkonseling.counseling.entity.CaseStatus;
import id.ruangkonseling.counseling.entity.RequestStatus;
import id.ruangkonseling.referral.entity.Referral;
import id.ruangkonseling.referral.entity.ReferralStatus;
import id.ruangkonseling.safeguarding.control.Pseudonyms;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The school's requests and referrals as one queue: each kind filtered in the database, then merged,
 * ordered (open crises first, whatever the order; then most urgent first and longest waiting by default)
 * and cut into the page the desk shows. A crisis counts as the most urgent, whatever the student or teacher
 * chose, and the urgency filter matches the urgency shown. A referral is in crisis through the case it was
 * taken up into, never through another record of its student. Read within the caller's transaction, for a
 * counselor of that school.
 * <p>
 * Each kind is one statement that reads only what a queue line shows (never a request's or a referral's words,
 * so nothing is decrypted), and the pseudonyms shown instead of names are one more for the page: opening the
 * desk costs the same few statements whether the school has five waiting requests or five thousand. The two
 * kinds are merged and ordered here, since the crisis order spans both tables and a request's crisis depends
 * on its case.
 */
@ApplicationScoped
public class DeskQueue {

    private static final Comparator<QueueItem> CRISIS_FIRST = Comparator.comparing(item -> !item.crisis());
    private static final List<Urgency> MOST_URGENT_FIRST = List.of(Urgency.NOW, Urgency.SOON, Urgency.CAN_WAIT);
    private static final Map<RequestStatus, QueueStatus> REQUEST = Map.of(RequestStatus.SUBMITTED, QueueStatus.WAITING,
            RequestStatus.ACCEPTED, QueueStatus.TAKEN, RequestStatus.DECLINED, QueueStatus.DECLINED);
    private static final Map<ReferralStatus, QueueStatus> REFERRAL = Map.of(ReferralStatus.RECEIVED, QueueStatus.WAITING,
            ReferralStatus.ACCEPTED, QueueStatus.TAKEN, ReferralStatus.IN_PROGRESS, QueueStatus.TAKEN,
            ReferralStatus.CLOSED, QueueStatus.CLOSED);

    /** How the queue is ordered; {@link #URGENT_FIRST} unless the counselor sorts by a column. */
    public enum Order {
        URGENT_FIRST(Comparator.comparing((QueueItem item) -> MOST_URGENT_FIRST.indexOf(item.urgency()))
                .thenComparing(QueueItem::since)),
        OLDEST_FIRST(Comparator.comparing(QueueItem::since)),
        NEWEST_FIRST(Comparator.comparing(QueueItem::since).reversed()),
        BY_STUDENT(Comparator.comparing(QueueItem::studentName, String.CASE_INSENSITIVE_ORDER));

        private final Comparator<QueueItem> comparator;

        Order(Comparator<QueueItem> comparator) {
            this.comparator = CRISIS_FIRST.thenComparing(comparator).thenComparing(QueueItem::key);
        }
    }

    /** One page of the queue and how many items the filter matches in all. */
    public record Page(List<QueueItem> items, int total) implements Serializable {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Pseudonyms pseudonyms;

    Clock clock = Clock.systemUTC();

    public Page page(School school, QueueFilter filter, Order order, int first, int size) {
        List<Line> matching = Stream.concat(requests(school, filter), referrals(school, filter))
                // the exact urgency test, on the urgency shown: the database only narrowed to the candidates
                .filter(line -> filter.urgency().map(line.item().urgency()::equals).orElse(true))
                .toList();
        // ordering by student orders by the name shown, so then every line needs it before the cut
        List<Line> sorted = (order == Order.BY_STUDENT ? named(matching) : matching).stream()
                .sorted(Comparator.comparing(Line::item, order.comparator)).toList();
        List<Line> page = sorted.subList(Math.min(first, sorted.size()), Math.min(first + size, sorted.size()));
        return new Page(named(page).stream().map(Line::item).toList(), sorted.size());
    }

    /**
     * A queue line as read, and the student of an unnamed request whose pseudonym may yet stand for the name
     * it carries ({@code null} once named, and for every other line).
     */
    private record Line(QueueItem item, Long unnamedStudent) {
    }

    /** The lines with the pseudonyms shown instead of the names of unnamed requests' students, in one statement. */
    private List<Line> named(List<Line> lines) {
        Set<Long> unnamed = lines.stream().map(Line::unnamedStudent).filter(Objects::nonNull).collect(Collectors.toSet());
        if (unnamed.isEmpty()) {
            return lines;
        }
        Map<Long, String> shown = pseudonyms.shownInstead(unnamed);
        return lines.stream().map(line -> line.unnamedStudent() == null ? line
                : new Line(Optional.ofNullable(shown.get(line.unnamedStudent())).map(line.item()::shownAs).orElse(line.item()),
                        null)).toList();
    }

    /** How many of the school's items stand in each status. */
    public Map<QueueStatus, Long> counts(School school) {
        Map<QueueStatus, Long> counts = new EnumMap<>(QueueStatus.class);
        for (QueueStatus status : QueueStatus.values()) {
            counts.put(status, 0L);
        }
        count(school, "CounselingRequest", REQUEST, counts);
        count(school, "Referral", REFERRAL, counts);
        return counts;
    }

    private <S extends Enum<S>> void count(School school, String entity, Map<S, QueueStatus> statuses, Map<QueueStatus, Long> counts) {
        entityManager.createQuery("SELECT r.status, COUNT(r) FROM " + entity + " r WHERE r.school = :school GROUP BY r.status",
                        Object[].class).setParameter("school", school).getResultList()
                .forEach(row -> counts.merge(statuses.get(row[0]), (Long) row[1], Long::sum));
    }

    private Stream<Line> requests(School school, QueueFilter filter) {
        List<RequestStatus> statuses = statusesOf(REQUEST, filter);
        if (statuses.isEmpty()) {
            return Stream.empty();
        }
        Map<String, Object> parameters = new HashMap<>();
        // what a line shows, with the student and the status of the case a request was taken up into
        // (columns, not the student's entity: a school's queue can hold thousands of lines)
        StringBuilder jpql = new StringBuilder("SELECT r.id, s.id, s.displayName, r.unnamed, r.field, r.urgency, r.status,"
                + " r.submittedAt, r.crisis.at, c.status FROM CounselingRequest r JOIN r.student s LEFT JOIN r.counselingCase c"
                + " WHERE r.school = :school");
        narrow(jpql, parameters, filter, "r.submittedAt", statuses, "r.crisis.at IS NOT NULL");
        filter.courseId().ifPresent(course -> {
            // an unnamed request never shows under a course: that would tell the counselor where the student learns
            jpql.append(" AND r.unnamed = FALSE");
            jpql.append(" AND r.student IN (SELECT m.member FROM CourseMember m WHERE m.course.id = :course AND m.role = :learner)");
            parameters.put("course", course);
            parameters.put("learner", Role.STUDENT);
        });
        return query(jpql, parameters, school, Object[].class).getResultStream()
                .map(row -> {
                    long student = (Long) row[1];
                    RequestStatus status = (RequestStatus) row[6];
                    boolean crisis = inOpenCrisis(row[8] != null, status, (CaseStatus) row[9]);
                    QueueItem item = new QueueItem(Kind.REQUEST, (Long) row[0], Member.shownName(student, (String) row[2]), "",
                            (ServiceField) row[4], crisis ? Urgency.NOW : (Urgency) row[5], REQUEST.get(status), (Instant) row[7], crisis);
                    return new Line(item, (Boolean) row[3] ? student : null);
                });
    }

    private Stream<Line> referrals(School school, QueueFilter filter) {
        List<ReferralStatus> statuses = statusesOf(REFERRAL, filter);
        if (statuses.isEmpty()) {
            return Stream.empty();
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder jpql = new StringBuilder("SELECT r.id, s.id, s.displayName, co.title, co.label, co.contextId, r.field, r.urgency,"
                + " r.status, r.receivedAt, r.caseId FROM Referral r JOIN r.student s JOIN r.course co WHERE r.school = :school");
        narrow(jpql, parameters, filter, "r.receivedAt", statuses, "r.caseId IS NOT NULL");
        filter.courseId().ifPresent(course -> {
            jpql.append(" AND r.course.id = :course");
            parameters.put("course", course);
        });
        Set<Long> crisisCases = openCrisisCases(school);
        return query(jpql, parameters, school, Object[].class).getResultStream()
                .map(row -> {
                    ReferralStatus status = (ReferralStatus) row[8];
                    // a closed referral stays closed even when its case is reopened: it is no longer the desk's work
                    boolean crisis = status != ReferralStatus.CLOSED && row[10] != null && crisisCases.contains((Long) row[10]);
                    return new Line(new QueueItem(Kind.REFERRAL, (Long) row[0], Member.shownName((Long) row[1], (String) row[2]),
                            CourseContext.shownTitle((String) row[3], (String) row[4], (String) row[5]), (ServiceField) row[6],
                            crisis ? Urgency.NOW : (Urgency) row[7], REFERRAL.get(status), (Instant) row[9], crisis), null);
                });
    }

    /**
     * The ids of the school's named cases in open crisis (escalated, not closed), in one query for all referral
     * rows. A referral only ever joins a named case; leaving unnamed ones out keeps it so even if one did, since
     * a tag on the teacher's named referral would tell whose the pseudonym's crisis is.
     */
    private Set<Long> openCrisisCases(School school) {
        return Set.copyOf(entityManager.createQuery("SELECT c.id FROM CounselingCase c WHERE c.school = :school"
                        + " AND c.crisis.at IS NOT NULL AND c.status <> :closed AND c.unnamed = FALSE", Long.class)
                .setParameter("school", school).setParameter("closed", CaseStatus.CLOSED).getResultList());
    }

    /** Escalated, and still waiting or taken up into a case that is not closed. */
    private static boolean inOpenCrisis(boolean escalated, RequestStatus status, CaseStatus caseStatus) {
        return escalated && (status == RequestStatus.SUBMITTED || caseStatus != null && caseStatus != CaseStatus.CLOSED);
    }

    /**
     * The conditions both kinds share: field, urgency, statuses and age. Under "now" the items that may be in
     * open crisis ({@code mayBeCrisis}) come along whatever was chosen; {@link #page} keeps those that are.
     */
    private void narrow(StringBuilder jpql, Map<String, Object> parameters, QueueFilter filter, String since, List<?> statuses,
                        String mayBeCrisis) {
        filter.field().ifPresent(field -> {
            jpql.append(" AND r.field = :field");
            parameters.put("field", field);
        });
        filter.urgency().ifPresent(urgency -> {
            jpql.append(urgency == Urgency.NOW ? " AND (r.urgency = :urgency OR " + mayBeCrisis + ")" : " AND r.urgency = :urgency");
            parameters.put("urgency", urgency);
        });
        jpql.append(" AND r.status IN :statuses");
        parameters.put("statuses", statuses);
        filter.olderThanDays().ifPresent(days -> {
            jpql.append(" AND ").append(since).append(" <= :before");
            parameters.put("before", clock.instant().minus(Duration.ofDays(days)));
        });
    }

    /** The statuses of one kind that the filter's status stands for (all of them without a status filter). */
    private static <S> List<S> statusesOf(Map<S, QueueStatus> statuses, QueueFilter filter) {
        return statuses.entrySet().stream().filter(entry -> filter.status().map(entry.getValue()::equals).orElse(true))
                .map(Map.Entry::getKey).toList();
    }

    private <T> TypedQuery<T> query(StringBuilder jpql, Map<String, Object> parameters, School school, Class<T> type) {
        TypedQuery<T> query = entityManager.createQuery(jpql.toString(), type).setParameter("school", school);
        parameters.forEach(query::setParameter);
        return query;
    }
}
