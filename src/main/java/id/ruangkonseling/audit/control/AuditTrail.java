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
import java.time.Instant;
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

    @Inject
    EntityManager entityManager;

    Clock clock = Clock.systemUTC();

    @Transactional(TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, Subject subject, String detail) {
        entityManager.persist(new AuditEntry(clock.instant(), actor, action, subject, detail));
    }

    /** The school's newest entries, of one action if given, from {@code since} on if given. */
    @Transactional(TxType.MANDATORY)
    public List<AuditEntry> ofSchool(long schoolId, Optional<AuditAction> action, Optional<Instant> since) {
        TypedQuery<AuditEntry> query = entityManager.createQuery("SELECT e FROM AuditEntry e WHERE e.schoolId = :school"
                        + (action.isPresent() ? " AND e.action = :action" : "") + " AND e.occurredAt >= :since"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class)
                .setParameter("school", schoolId)
                .setParameter("since", since.orElse(Instant.EPOCH))
                .setMaxResults(PAGE);
        action.ifPresent(value -> query.setParameter("action", value));
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
