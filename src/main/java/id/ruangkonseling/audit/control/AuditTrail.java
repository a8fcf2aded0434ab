package id.ruangkonseling.audit.control;

import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry;
import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Adds entries to the audit trail and reads a school's part of it, always inside the caller's transaction:
 * an entry joins the transaction of what it records, so a rolled-back change leaves none. Called without
 * one, it refuses ({@link TxType#MANDATORY}): a control never starts a transaction of its own.
 */
@ApplicationScoped
public class AuditTrail {

    /** As many entries as one page of the trail shows; a filter narrows it down. */
    public static final int PAGE = 200;
    /** How many entries one statement reads while a page of the trail fills. */
    private static final int BATCH = 500;

    @Inject
    EntityManager entityManager;

    Clock clock = Clock.systemUTC();

    @Transactional(TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, Subject subject, String detail) {
        entityManager.persist(new AuditEntry(clock.instant(), actor, action, subject, detail));
    }

    /**
     * The school's newest page of the trail, of one action if given: {@link #PAGE} rows, a person's repeated reads of
     * one record folded into one ({@link RepeatedReads}). Read in batches, newest first, only as far back as the
     * page's rows reach.
     */
    @Transactional(TxType.MANDATORY)
    public List<RepeatedReads.Row> pageOfSchool(long schoolId, Optional<AuditAction> action) {
        RepeatedReads page = new RepeatedReads(PAGE);
        Optional<AuditEntry> last = Optional.empty();
        List<AuditEntry> batch;
        do {
            batch = olderThan(schoolId, action, last);
            for (AuditEntry entry : batch) {
                if (!page.add(entry)) {
                    return page.rows();
                }
            }
            // a folded read is never looked at again; a long run of reads must not pile up in the transaction
            batch.forEach(entityManager::detach);
            last = batch.isEmpty() ? last : Optional.of(batch.getLast());
        } while (batch.size() == BATCH);
        return page.rows();
    }

    /** The next batch of the school's entries older than {@code last} (all when empty), newest first. */
    private List<AuditEntry> olderThan(long schoolId, Optional<AuditAction> action, Optional<AuditEntry> last) {
        TypedQuery<AuditEntry> query = entityManager.createQuery("SELECT e FROM AuditEntry e WHERE e.schoolId = :school"
                        + (action.isPresent() ? " AND e.action = :action" : "")
                        + (last.isPresent() ? " AND (e.occurredAt < :at OR (e.occurredAt = :at AND e.id < :id))" : "")
                        + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class)
                .setParameter("school", schoolId)
                .setMaxResults(BATCH);
        action.ifPresent(value -> query.setParameter("action", value));
        last.ifPresent(entry -> query.setParameter("at", entry.occurredAt()).setParameter("id", entry.id()));
        return query.getResultList();
    }

    /** The newest entries of these actions about one record of the school: the steps of a case's timeline. */
    @Transactional(TxType.MANDATORY)
    public List<AuditEntry> ofSubject(long schoolId, Subject subject, Collection<AuditAction> actions) {
        return entityManager.createQuery("SELECT e FROM AuditEntry e WHERE e.schoolId = :school AND e.subjectType = :type"
                        + " AND e.subjectId = :id AND e.action IN :actions ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class)
                .setParameter("school", schoolId).setParameter("type", subject.type()).setParameter("id", subject.id())
                .setParameter("actions", actions).setMaxResults(PAGE).getResultList();
    }

    /** What one member did to one record of the school, the newest first: a counselor's own trail in a case. */
    @Transactional(TxType.MANDATORY)
    public List<AuditEntry> ofSubjectBy(long schoolId, Subject subject, long actorId) {
        return entityManager.createQuery("SELECT e FROM AuditEntry e WHERE e.schoolId = :school AND e.subjectType = :type"
                        + " AND e.subjectId = :id AND e.actorId = :actor ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class)
                .setParameter("school", schoolId).setParameter("type", subject.type()).setParameter("id", subject.id())
                .setParameter("actor", actorId).setMaxResults(PAGE).getResultList();
    }
}
