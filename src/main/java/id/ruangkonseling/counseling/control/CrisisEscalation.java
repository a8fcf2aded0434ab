package id.ruangkonseling.counseling.control;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.chat.boundary.AlarmingMessage;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.CrisisNotice;
import id.ruangkonseling.safeguarding.boundary.CrisisEscalated;
import id.ruangkonseling.safeguarding.control.OnDuty;
import id.ruangkonseling.safeguarding.entity.CrisisSource;
import id.ruangkonseling.school.control.PageNews;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Escalates a request or case whose student wrote words of the crisis lexicon: marks it (when, from which
 * kind of text), audits {@code CRISIS_ESCALATED} once per matching text, gives the counselor on duty (else
 * every counselor of the school) an in-app notice unless an unseen one about it is already waiting, and
 * fires {@link CrisisEscalated}. Runs in the transaction that stores the text; never stops it.
 */
@ApplicationScoped
public class CrisisEscalation {

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    OnDuty onDuty;

    @Inject
    Event<CrisisEscalated> escalated;

    @Inject
    PageNews news;

    Clock clock = Clock.systemUTC();

    /** The text of the student's request matched. */
    public void request(Caller student, CounselingRequest request) {
        escalate(student, Optional.of(request), request.counselingCase(), CrisisSource.REQUEST);
    }

    /** A student's chat message matched: the request the conversation was opened with, and its case, if any. */
    void message(@Observes AlarmingMessage message) {
        Optional<CounselingRequest> request = entityManager.createQuery("SELECT r FROM CounselingRequest r"
                        + " WHERE r.conversationId = :conversation AND r.school.id = :school", CounselingRequest.class)
                .setParameter("conversation", message.conversationId()).setParameter("school", message.student().schoolId())
                .getResultStream().findFirst();
        Optional<CounselingCase> counselingCase = request.flatMap(CounselingRequest::counselingCase)
                .or(() -> message.caseId().map(id -> entityManager.find(CounselingCase.class, id)));
        if (request.isPresent() || counselingCase.isPresent()) {
            escalate(message.student(), request, counselingCase, CrisisSource.MESSAGE);
        }
    }

    /** The counselor opened the case: their notices about it (and about the request it came from) are seen. */
    public void seen(Member counselor, CounselingCase counselingCase) {
        entityManager.createQuery("SELECT n FROM CrisisNotice n LEFT JOIN n.request r WHERE n.counselor = :me"
                        + " AND n.seenAt IS NULL AND (n.counselingCase = :case OR r.counselingCase = :case)", CrisisNotice.class)
                .setParameter("me", counselor).setParameter("case", counselingCase).getResultList()
                .forEach(notice -> notice.seen(clock.instant()));
    }

    private void escalate(Caller student, Optional<CounselingRequest> request, Optional<CounselingCase> counselingCase,
                          CrisisSource source) {
        Instant now = clock.instant();
        request.ifPresent(r -> r.escalate(source, now));
        counselingCase.ifPresent(c -> c.escalate(source, now));
        Subject subject = counselingCase.map(c -> Subject.of("case", c.id()))
                .orElseGet(() -> Subject.of("request", request.orElseThrow().id()));
        audit.record(student.actor(), AuditAction.CRISIS_ESCALATED, subject, source.name().toLowerCase(Locale.ROOT));
        School school = counselingCase.map(CounselingCase::school).orElseGet(() -> request.orElseThrow().school());
        List<Member> alerted = onDuty.alerted(school).stream()
                .filter(counselor -> !alreadyNoticed(counselor, request, counselingCase)).toList();
        for (Member counselor : alerted) {
            entityManager.persist(new CrisisNotice(counselor, request.orElse(null), counselingCase.orElse(null), source, now));
        }
        escalated.fire(new CrisisEscalated(school.id(), subject.type(), Long.parseLong(subject.id()), source, now,
                alerted.stream().map(Member::id).toList()));
        news.forCounselorsOf(school.id());
    }

    /** Whether the counselor still has an unseen notice about this request or case: then one is enough. */
    private boolean alreadyNoticed(Member counselor, Optional<CounselingRequest> request, Optional<CounselingCase> counselingCase) {
        String about = Stream.of(request.map(r -> "n.request = :request"), counselingCase.map(c -> "n.counselingCase = :case"))
                .flatMap(Optional::stream).collect(Collectors.joining(" OR "));
        TypedQuery<Long> query = entityManager.createQuery("SELECT COUNT(n) FROM CrisisNotice n WHERE n.counselor = :me"
                + " AND n.seenAt IS NULL AND (" + about + ")", Long.class).setParameter("me", counselor);
        request.ifPresent(r -> query.setParameter("request", r));
        counselingCase.ifPresent(c -> query.setParameter("case", c));
        return query.getSingleResult() > 0;
    }
}
