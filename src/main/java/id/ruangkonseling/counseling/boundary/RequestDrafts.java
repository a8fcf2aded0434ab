package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.entity.RequestDraft.Draft;
import id.ruangkonseling.counseling.entity.RequestDraft;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * The student's own draft of a counseling request, saved as they type and given back when they open the
 * form again. Only ever the signed-in student's; sending the request removes it ({@link #discard}).
 */
@ApplicationScoped
public class RequestDrafts {

    @Inject
    EntityManager entityManager;

    @Inject
    Callers callers;

    @Inject
    SchoolDirectory schools;

    Clock clock = Clock.systemUTC();

    @Transactional
    public void keep(Caller student, Draft draft) {
        Member me = callers.student(student);
        RequestDraft kept = of(me).orElseGet(() -> {
            RequestDraft fresh = new RequestDraft(me, clock.instant());
            entityManager.persist(fresh);
            return fresh;
        });
        kept.keep(draft, clock.instant());
    }

    @Transactional
    public Optional<Draft> mine(Caller student) {
        return of(callers.student(student)).map(RequestDraft::draft);
    }

    /** Forgets the student's draft: their request was sent. Joins the sending transaction. */
    @Transactional
    public void discard(Member student) {
        of(student).ifPresent(entityManager::remove);
    }

    private Optional<RequestDraft> of(Member student) {
        return entityManager.createQuery("SELECT d FROM RequestDraft d WHERE d.student = :student", RequestDraft.class)
                .setParameter("student", student).getResultStream().findFirst();
    }
}
