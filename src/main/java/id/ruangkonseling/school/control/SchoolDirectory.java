package id.ruangkonseling.school.control;

import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds schools by their LMS deployment, and the members and courses of one school. */
@ApplicationScoped
public class SchoolDirectory {

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
