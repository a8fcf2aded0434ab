package id.ruangkonseling.safeguarding.control;

import id.ruangkonseling.safeguarding.entity.IdentityReveal;
import id.ruangkonseling.safeguarding.entity.Pseudonym;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The students' pseudonyms: made the first time a student stays unnamed, looked up wherever a counselor
 * would see the student of an unnamed record, and revealed. Runs in the caller's transaction.
 */
@ApplicationScoped
public class Pseudonyms {

    /** Far more than a school ever needs with 31⁴ codes; reaching it means the random source is broken. */
    private static final int TRIES = 1000;

    @Inject
    EntityManager entityManager;

    RandomGenerator random = new SecureRandom();

    Clock clock = Clock.systemUTC();

    /** The student stays unnamed: their pseudonym (the one they had, or a new one) hides their name from now on. */
    public Pseudonym hide(Member student) {
        Pseudonym pseudonym = of(student).orElseGet(() -> {
            Pseudonym made = new Pseudonym(student, freeCode(random, code -> taken(student.school(), code)), clock.instant());
            entityManager.persist(made);
            return made;
        });
        pseudonym.hide();
        return pseudonym;
    }

    public Optional<Pseudonym> of(Member student) {
        return entityManager.createQuery("SELECT p FROM Pseudonym p WHERE p.student = :student", Pseudonym.class)
                .setParameter("student", student).getResultStream().findFirst();
    }

    /**
     * What a counselor sees instead of the student of a record: the pseudonym when the record was made unnamed
     * and the name is still hidden; empty when the counselor sees the name.
     */
    public Optional<String> shownInstead(Member student, boolean unnamedRecord) {
        return unnamedRecord ? of(student).filter(Pseudonym::hidesName).map(Pseudonym::label) : Optional.empty();
    }

    /**
     * What a counselor sees instead of each of these students' names, by student id, for the students of unnamed
     * records: the pseudonyms that still hide a name. One statement for a whole list.
     */
    public Map<Long, String> shownInstead(Set<Long> studentsOfUnnamedRecords) {
        if (studentsOfUnnamedRecords.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("SELECT p.student.id, p.code FROM Pseudonym p WHERE p.student.id IN :students"
                        + " AND p.revealedAt IS NULL", Object[].class)
                .setParameter("students", studentsOfUnnamedRecords).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> Pseudonym.labelOf((String) row[1])));
    }

    /** The student shows their name; empty when it is not hidden. */
    public Optional<IdentityReveal> revealByStudent(Member student) {
        return of(student).filter(Pseudonym::hidesName).map(pseudonym -> persisted(IdentityReveal.byStudent(pseudonym, clock.instant())));
    }

    /** A counselor breaks the glass in case {@code caseId}; empty when the name is not hidden. */
    public Optional<IdentityReveal> breakGlass(Member student, Member counselor, long caseId, String reason) {
        return of(student).filter(Pseudonym::hidesName).map(pseudonym ->
                persisted(IdentityReveal.byCounselor(pseudonym, counselor, caseId, reason, clock.instant())));
    }

    /** The school's break-glass reveals, the newest first: for the school admin. */
    public List<IdentityReveal> breakGlassIn(School school) {
        return entityManager.createQuery("SELECT r FROM IdentityReveal r WHERE r.school = :school AND r.counselor IS NOT NULL"
                        + " ORDER BY r.revealedAt DESC, r.id DESC", IdentityReveal.class)
                .setParameter("school", school).getResultList();
    }

    /** The break-glass reveals of one student's name, the newest first: told to the student. */
    public List<IdentityReveal> breakGlassAbout(Member student) {
        return entityManager.createQuery("SELECT r FROM IdentityReveal r WHERE r.pseudonym.student = :student"
                        + " AND r.counselor IS NOT NULL ORDER BY r.revealedAt DESC, r.id DESC", IdentityReveal.class)
                .setParameter("student", student).getResultList();
    }

    /** A code of the alphabet that {@code taken} does not know yet. */
    static String freeCode(RandomGenerator random, Predicate<String> taken) {
        for (int attempt = 0; attempt < TRIES; attempt++) {
            StringBuilder code = new StringBuilder(Pseudonym.LENGTH);
            for (int i = 0; i < Pseudonym.LENGTH; i++) {
                code.append(Pseudonym.ALPHABET.charAt(random.nextInt(Pseudonym.ALPHABET.length())));
            }
            if (!taken.test(code.toString())) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free pseudonym found in " + TRIES + " tries");
    }

    private boolean taken(School school, String code) {
        return !entityManager.createQuery("SELECT p.id FROM Pseudonym p WHERE p.school = :school AND p.code = :code", Long.class)
                .setParameter("school", school).setParameter("code", code).getResultList().isEmpty();
    }

    private IdentityReveal persisted(IdentityReveal reveal) {
        entityManager.persist(reveal);
        return reveal;
    }
}
