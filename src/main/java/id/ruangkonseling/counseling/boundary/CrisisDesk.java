package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.control.StudentNames;
import id.ruangkonseling.counseling.entity.CaseStatus;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.CrisisNotice;
import id.ruangkonseling.counseling.entity.RequestStatus;
import id.ruangkonseling.safeguarding.entity.CrisisSource;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the desk shows about crises, as one list: every student of the school whose words escalated a request
 * still waiting or a case still open, once each, the latest first; where this counselor was alerted as the one on
 * duty, with their notice to mark seen. Each leads on: to the case when it is this counselor's, or to taking the
 * request up while it waits. Never the words themselves, and an unnamed student only by their pseudonym.
 */
@ApplicationScoped
public class CrisisDesk {

    @Inject
    EntityManager entityManager;

    @Inject
    Callers callers;

    @Inject
    StudentNames names;

    Clock clock = Clock.systemUTC();

    /**
     * A student in crisis: whose, when it last escalated, from which kind of text; their case if it is mine, or
     * their request while it waits; my unseen notice about it if I was alerted. Its {@code key} names the record
     * and the escalation, so that a page can tell a new crisis from one it showed.
     */
    public record Alert(String key, String studentName, Instant at, CrisisSource source, Optional<Long> myCaseId,
                        Optional<Long> waitingRequestId, Optional<Long> noticeId) implements Serializable {

        // for the page: EL resolves a method called on an Optional on its value, so a page asks these instead

        public boolean opensMyCase() {
            return myCaseId.isPresent();
        }

        public long myCase() {
            return myCaseId.orElseThrow();
        }

        public boolean waits() {
            return waitingRequestId.isPresent();
        }

        public long waitingRequest() {
            return waitingRequestId.orElseThrow();
        }

        public boolean isNoticeForMe() {
            return noticeId.isPresent();
        }

        public long notice() {
            return noticeId.orElseThrow();
        }
    }

    /** What the desk shows of crises: one alert per student's record in crisis, and whether any is a notice for me. */
    public record Crises(List<Alert> alerts) implements Serializable {

        /** Whether this counselor was alerted, as the one on duty, of a crisis they have not marked seen. */
        public boolean forMe() {
            return alerts.stream().anyMatch(Alert::isNoticeForMe);
        }
    }

    /** The school's open crises, each with this counselor's unseen notice about it, in the caller's transaction. */
    @Transactional
    public Crises crises(Caller counselor) {
        Member me = callers.counselor(counselor);
        Map<String, CrisisNotice> notices = new HashMap<>();
        unseenNotices(me).forEach(notice -> notices.putIfAbsent(subject(notice), notice));
        List<Alert> alerts = new ArrayList<>();
        open(me).forEach(alert -> alerts.add(withNotice(alert, notices.remove(alert.key().substring(0, alert.key().indexOf('@'))))));
        // a notice whose crisis is no longer open (taken up elsewhere, closed) stays until its counselor has seen it
        notices.values().forEach(notice -> alerts.add(new Alert(subject(notice) + "@" + notice.raisedAt().toEpochMilli(),
                shownStudent(notice), notice.raisedAt(), notice.source(),
                notice.counselingCase().filter(c -> c.isWorkedBy(me)).map(CounselingCase::id),
                notice.request().filter(r -> r.status() == RequestStatus.SUBMITTED).map(CounselingRequest::id),
                Optional.of(notice.id()))));
        alerts.sort(Comparator.comparing(Alert::at).reversed());
        return new Crises(List.copyOf(alerts));
    }

    /** The school's open crises: escalated requests still waiting, escalated cases not closed. */
    private Stream<Alert> open(Member me) {
        Stream<Alert> waiting = entityManager.createQuery("SELECT r FROM CounselingRequest r WHERE r.school = :school"
                        + " AND r.crisis.at IS NOT NULL AND r.status = :submitted", CounselingRequest.class)
                .setParameter("school", me.school()).setParameter("submitted", RequestStatus.SUBMITTED).getResultStream()
                .flatMap(r -> r.crisis().map(mark -> new Alert("request-" + r.id() + "@" + mark.at().toEpochMilli(),
                        names.of(r), mark.at(), mark.source(), Optional.<Long>empty(), Optional.of(r.id()), Optional.<Long>empty()))
                        .stream());
        Stream<Alert> cases = entityManager.createQuery("SELECT c FROM CounselingCase c WHERE c.school = :school"
                        + " AND c.crisis.at IS NOT NULL AND c.status <> :closed", CounselingCase.class)
                .setParameter("school", me.school()).setParameter("closed", CaseStatus.CLOSED).getResultStream()
                .flatMap(c -> c.crisis().map(mark -> new Alert("case-" + c.id() + "@" + mark.at().toEpochMilli(),
                        names.of(c), mark.at(), mark.source(), c.isWorkedBy(me) ? Optional.of(c.id()) : Optional.<Long>empty(),
                        Optional.<Long>empty(), Optional.<Long>empty())).stream());
        return Stream.concat(waiting, cases);
    }

    private static Alert withNotice(Alert alert, CrisisNotice notice) {
        return notice == null ? alert : new Alert(alert.key(), alert.studentName(), alert.at(), alert.source(), alert.myCaseId(),
                alert.waitingRequestId(), Optional.of(notice.id()));
    }

    /** The counselor's notices not yet seen, the latest first. */
    private List<CrisisNotice> unseenNotices(Member me) {
        return entityManager.createQuery("SELECT n FROM CrisisNotice n WHERE n.counselor = :me AND n.seenAt IS NULL"
                + " ORDER BY n.raisedAt DESC, n.id DESC", CrisisNotice.class).setParameter("me", me).getResultList();
    }

    /** What a notice is about, as an alert names it: the case, or the request until it became a case. */
    private static String subject(CrisisNotice notice) {
        return notice.counselingCase().map(c -> "case-" + c.id())
                .or(() -> notice.request().flatMap(CounselingRequest::counselingCase).map(c -> "case-" + c.id()))
                .orElseGet(() -> "request-" + notice.request().orElseThrow().id());
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
