package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.control.StudentNames;
import id.ruangkonseling.counseling.entity.CaseStatus;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.CrisisNotice;
import id.ruangkonseling.counseling.entity.RequestStatus;
import id.ruangkonseling.safeguarding.entity.CrisisSource;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the desk shows about crises: to every counselor of the school, the students whose words escalated a
 * request still waiting or a case still open (the banner); to an alerted counselor, their notices until seen.
 * Never the words themselves, and an unnamed student only by their pseudonym.
 */
@ApplicationScoped
public class CrisisDesk {

    @Inject
    EntityManager entityManager;

    @Inject
    Callers callers;

    @Inject
    SchoolDirectory schools;

    @Inject
    StudentNames names;

    Clock clock = Clock.systemUTC();

    /**
     * A student in an open crisis: whose, when it last escalated, from which kind of text; their case if it is
     * mine, or their request while it waits for someone to take it up.
     */
    public record Alert(String studentName, Instant at, CrisisSource source, Optional<Long> myCaseId,
                        Optional<Long> waitingRequestId) implements Serializable {
    }

    /** A notice for this counselor: about whom, since when, and the case to open if it is theirs or the request still waiting. */
    public record Notice(long id, String studentName, CrisisSource source, Instant raisedAt, Optional<Long> myCaseId,
                         Optional<Long> waitingRequestId) implements Serializable {
    }

    /** What the desk shows of crises: the school's open ones, and this counselor's notices not yet seen. */
    public record Crises(List<Alert> alerts, List<Notice> notices) implements Serializable {
    }

    /** The school's open crises and the counselor's unseen notices, in the caller's transaction. */
    @Transactional
    public Crises crises(Caller counselor) {
        return new Crises(open(counselor), notices(counselor));
    }

    /** The school's open crises, the latest first. */
    private List<Alert> open(Caller counselor) {
        Member me = callers.counselor(counselor);
        Stream<Alert> waiting = entityManager.createQuery("SELECT r FROM CounselingRequest r WHERE r.school = :school"
                        + " AND r.crisis.at IS NOT NULL AND r.status = :submitted", CounselingRequest.class)
                .setParameter("school", me.school()).setParameter("submitted", RequestStatus.SUBMITTED).getResultStream()
                .flatMap(r -> r.crisis().map(mark -> new Alert(names.of(r), mark.at(), mark.source(), Optional.<Long>empty(),
                        Optional.of(r.id()))).stream());
        Stream<Alert> cases = entityManager.createQuery("SELECT c FROM CounselingCase c WHERE c.school = :school"
                        + " AND c.crisis.at IS NOT NULL AND c.status <> :closed", CounselingCase.class)
                .setParameter("school", me.school()).setParameter("closed", CaseStatus.CLOSED).getResultStream()
                .flatMap(c -> c.crisis().map(mark -> new Alert(names.of(c), mark.at(), mark.source(),
                        c.isWorkedBy(me) ? Optional.of(c.id()) : Optional.<Long>empty(), Optional.<Long>empty())).stream());
        return Stream.concat(waiting, cases).sorted(Comparator.comparing(Alert::at).reversed()).toList();
    }

    /** The counselor's notices not yet seen, the latest first. */
    private List<Notice> notices(Caller counselor) {
        Member me = callers.counselor(counselor);
        return entityManager.createQuery("SELECT n FROM CrisisNotice n WHERE n.counselor = :me AND n.seenAt IS NULL"
                        + " ORDER BY n.raisedAt DESC, n.id DESC", CrisisNotice.class).setParameter("me", me).getResultStream()
                .map(n -> new Notice(n.id(), shownStudent(n), n.source(), n.raisedAt(),
                        n.counselingCase().filter(c -> c.isWorkedBy(me)).map(CounselingCase::id),
                        n.request().filter(r -> r.status() == RequestStatus.SUBMITTED).map(CounselingRequest::id)))
                .toList();
    }

    /** The counselor has seen the notice; false when it is not theirs. */
    @Transactional
    public boolean seen(Caller counselor, long noticeId) {
        Member me = callers.counselor(counselor);
        Optional<CrisisNotice> notice = Optional.ofNullable(entityManager.find(CrisisNotice.class, noticeId))
                .filter(n -> n.counselor().equals(me));
        notice.ifPresent(n -> n.seen(clock.instant()));
        return notice.isPresent();
    }

    /** The student as counselors may see them: their pseudonym while the request or case is unnamed. */
    private String shownStudent(CrisisNotice notice) {
        return notice.request().map(names::of).orElseGet(() -> names.of(notice.counselingCase().orElseThrow()));
    }
}
