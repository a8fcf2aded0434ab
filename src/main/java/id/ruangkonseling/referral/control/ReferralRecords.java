package id.ruangkonseling.referral.control;

import id.ruangkonseling.referral.entity.Referral;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Stores referrals and finds them, always within one school, newest first. */
@ApplicationScoped
public class ReferralRecords {

    /** More than anyone reads in one list; the desk's filters narrow it down. */
    public static final int MAX_LISTED = 500;

    @Inject
    EntityManager entityManager;

    /** Stores a new referral and gives it its id now, which its audit entry names. */
    public Referral add(Referral referral) {
        entityManager.persist(referral);
        entityManager.flush();
        return referral;
    }

    /** The referral with this id if it is of {@code schoolId}; another school's is not found. */
    public Optional<Referral> find(long schoolId, long referralId) {
        return Optional.ofNullable(entityManager.find(Referral.class, referralId))
                .filter(referral -> referral.school().id() == schoolId);
    }

    /** What one teacher of the school referred. */
    public List<Referral> writtenBy(long schoolId, long teacherId) {
        return entityManager.createQuery("SELECT r FROM Referral r WHERE r.school.id = :school AND r.teacher.id = :teacher"
                        + " ORDER BY r.receivedAt DESC, r.id DESC", Referral.class)
                .setParameter("school", schoolId).setParameter("teacher", teacherId)
                .setMaxResults(MAX_LISTED).getResultList();
    }

    /** Every referral of the school. */
    public List<Referral> ofSchool(long schoolId) {
        return entityManager.createQuery("SELECT r FROM Referral r WHERE r.school.id = :school"
                        + " ORDER BY r.receivedAt DESC, r.id DESC", Referral.class)
                .setParameter("school", schoolId).setMaxResults(MAX_LISTED).getResultList();
    }

    /** The referrals of the school joined to the case {@code caseId}. */
    public List<Referral> joinedTo(long schoolId, long caseId) {
        return entityManager.createQuery("SELECT r FROM Referral r WHERE r.school.id = :school AND r.caseId = :case"
                        + " ORDER BY r.id", Referral.class)
                .setParameter("school", schoolId).setParameter("case", caseId).getResultList();
    }
}
