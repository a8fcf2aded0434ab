package id.ruangkonseling.privacy.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.privacy.control.Erased;
import id.ruangkonseling.privacy.control.ExpiredData;
import id.ruangkonseling.privacy.entity.RetentionPolicy;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A school's retention policy and its purge: the school admin reads and changes the policy and may run
 * the purge at once; the daily schedule runs it once per school day. A purge holds its school's policy
 * row locked, so two instances never purge one school at the same time, and the daily one runs once.
 */
@ApplicationScoped
public class Retention {

    /** The daily run acts as the system, in the school it purges. */
    private static final String SYSTEM = "SYSTEM";

    @Inject
    EntityManager entityManager;

    @Inject
    Callers callers;

    @Inject
    SchoolDirectory schools;

    @Inject
    ExpiredData expired;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** The admin's school's policy, the defaults while it has never been changed. */
    @Transactional
    public RetentionPolicy policy(Caller admin) {
        long schoolId = callers.schoolAdmin(admin).school().id();
        return Optional.ofNullable(entityManager.find(RetentionPolicy.class, schoolId)).orElseGet(() -> new RetentionPolicy(schoolId));
    }

    /** Changes the policy; throws {@link IllegalArgumentException} for numbers outside its limits, changing nothing. */
    @Transactional
    public void change(Caller admin, int keepYears, int leftAfterMonths) {
        RetentionPolicy policy = lockedPolicy(callers.schoolAdmin(admin).school());
        policy.change(keepYears, leftAfterMonths);
        audit.record(admin.actor(), AuditAction.RETENTION_POLICY_CHANGED, Subject.of("school", admin.schoolId()),
                "keepYears=" + keepYears + " leftAfterMonths=" + leftAfterMonths);
    }

    /** The admin's "run the purge now": purges what expired today, whether or not the daily run was done. */
    @Transactional
    public Erased purgeNow(Caller admin) {
        School school = callers.schoolAdmin(admin).school();
        return purge(school, lockedPolicy(school), admin.actor());
    }

    /** The daily run for one school: purges unless this school day's purge already ran (here or on another instance). */
    @Transactional
    public Optional<Erased> purgeIfDue(long schoolId) {
        School school = school(schoolId);
        RetentionPolicy policy = lockedPolicy(school);
        if (policy.purgedOn(today(school))) {
            return Optional.empty();
        }
        return Optional.of(purge(school, policy, new Actor(schoolId, null, SYSTEM, null)));
    }

    /** Every school, for the daily run. */
    @Transactional
    public List<Long> schoolIds() {
        return entityManager.createQuery("SELECT s.id FROM School s ORDER BY s.id", Long.class).getResultList();
    }

    private Erased purge(School school, RetentionPolicy policy, Actor actor) {
        Instant now = clock.instant();
        Erased erased = expired.purge(school, policy.rule(), today(school));
        policy.purged(today(school), now);
        audit.record(actor, AuditAction.DATA_PURGED, Subject.of("school", school.id()), erased.detail());
        return erased;
    }

    /** The school's policy row, locked until the transaction ends; made with the defaults when it has none. */
    private RetentionPolicy lockedPolicy(School school) {
        RetentionPolicy policy = entityManager.find(RetentionPolicy.class, school.id(), LockModeType.PESSIMISTIC_WRITE);
        if (policy == null) {
            policy = new RetentionPolicy(school.id());
            entityManager.persist(policy);
            entityManager.flush();
        }
        return policy;
    }

    private LocalDate today(School school) {
        return LocalDate.now(clock.withZone(school.timeZone()));
    }

    private School school(long schoolId) {
        return schools.find(schoolId).orElseThrow(() -> new IllegalStateException("the school " + schoolId + " is gone"));
    }
}
