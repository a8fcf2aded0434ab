package id.ruangkonseling.school.control;

import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds schools by their LMS deployment, and the members and courses of one school. */
@ApplicationScoped
public class SchoolDirectory {

    /** More than a page can show a person; a search narrows it down. */
    public static final int MAX_LISTED = 200;

    @Inject
    EntityManager entityManager;

    /** The schools (deployments) of one platform registration. */
    public List<School> schoolsOf(String issuer, String clientId) {
        return entityManager.createQuery("SELECT s FROM School s WHERE s.issuer = :issuer AND s.clientId = :clientId",
                        School.class)
                .setParameter("issuer", issuer)
                .setParameter("clientId", clientId)
                .getResultList();
    }

    /** Every school with how many members it has, by name: the operator's overview. */
    public List<SchoolSummary> summaries() {
        Map<Long, Long> members = entityManager.createQuery(
                        "SELECT m.school.id, COUNT(m) FROM Member m GROUP BY m.school.id", Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return entityManager.createQuery("SELECT s FROM School s ORDER BY s.name, s.id", School.class).getResultStream()
                .map(school -> new SchoolSummary(school, members.getOrDefault(school.id(), 0L)))
                .toList();
    }

    /** A school and its number of members. */
    public record SchoolSummary(School school, long members) {
    }

    public Optional<School> find(long schoolId) {
        return Optional.ofNullable(entityManager.find(School.class, schoolId));
    }

    /** The member with this id if they belong to {@code school}; another school's member is not found. */
    public Optional<Member> findMember(School school, long memberId) {
        return Optional.ofNullable(entityManager.find(Member.class, memberId)).filter(m -> m.school().equals(school));
    }

    /** The members of {@code school} among these ids, in one query; ids of other schools find no one. */
    public List<Member> members(School school, Collection<Long> memberIds) {
        return memberIds.isEmpty() ? List.of() : entityManager.createQuery(
                        "SELECT m FROM Member m WHERE m.school = :school AND m.id IN :ids", Member.class)
                .setParameter("school", school).setParameter("ids", memberIds).getResultList();
    }

    /** The course with this id if it belongs to {@code school}. */
    public Optional<CourseContext> findCourse(School school, long courseId) {
        return Optional.ofNullable(entityManager.find(CourseContext.class, courseId)).filter(c -> c.school().equals(school));
    }

    /** The school's teachers, counselors and admins as launches made them, by name. */
    public List<Member> staff(School school) {
        return entityManager.createQuery("SELECT m FROM Member m WHERE m.school = :school"
                        + " AND (m.teacher = TRUE OR m.counselor = TRUE OR m.schoolAdmin = TRUE)"
                        + " ORDER BY m.displayName, m.id", Member.class)
                .setParameter("school", school).setMaxResults(MAX_LISTED).getResultList();
    }

    /** Anyone of the school whose name contains {@code fragment}, whatever the case, by name. */
    public List<Member> membersNamed(School school, String fragment) {
        String pattern = "%" + fragment.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return entityManager.createQuery("SELECT m FROM Member m WHERE m.school = :school"
                        + " AND LOWER(m.displayName) LIKE :pattern ESCAPE '!' ORDER BY m.displayName, m.id", Member.class)
                .setParameter("school", school).setParameter("pattern", pattern).setMaxResults(MAX_LISTED).getResultList();
    }

    /** The school's courses seen in launches, by title. */
    public List<CourseContext> courses(School school) {
        return entityManager.createQuery("SELECT c FROM CourseContext c WHERE c.school = :school ORDER BY c.title, c.id",
                CourseContext.class).setParameter("school", school).getResultList();
    }

    /** The member of {@code school} with this LMS subject, created on their first launch. */
    public Member member(School school, String subject, Instant now) {
        return first(entityManager.createQuery("SELECT m FROM Member m WHERE m.school = :school AND m.subject = :subject",
                        Member.class)
                .setParameter("school", school).setParameter("subject", subject).getResultList())
                .orElseGet(() -> persist(new Member(school, subject, now)));
    }

    /** The course of {@code school} with this LMS context id, created on its first launch. */
    public CourseContext course(School school, String contextId, Instant now) {
        return first(entityManager.createQuery(
                        "SELECT c FROM CourseContext c WHERE c.school = :school AND c.contextId = :contextId", CourseContext.class)
                .setParameter("school", school).setParameter("contextId", contextId).getResultList())
                .orElseGet(() -> persist(new CourseContext(school, contextId, now)));
    }

    private <T> T persist(T entity) {
        entityManager.persist(entity);
        return entity;
    }

    private static <T> Optional<T> first(List<T> results) {
        return results.stream().findFirst();
    }
}
