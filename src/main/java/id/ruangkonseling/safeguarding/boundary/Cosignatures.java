package id.ruangkonseling.safeguarding.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.safeguarding.control.ExportRequests;
import id.ruangkonseling.safeguarding.entity.ExportRequest;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.PageNews;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A counselor's side of a school admin's request for a student's whole file: the requests waiting for their
 * co-signature, co-signing and refusing (both audited); and the student's side: every co-signed request, told
 * on their home. Only the counselor asked answers, and never the admin who asked.
 */
@ApplicationScoped
public class Cosignatures {

    @Inject
    Callers callers;

    @Inject
    ExportRequests requests;

    @Inject
    AuditTrail audit;

    @Inject
    PageNews news;

    Clock clock = Clock.systemUTC();

    /** A request as the counselor asked reads it: whose file, who asks, why, since when. */
    public record Waiting(long id, String studentName, String adminName, String reason, Instant askedAt) implements Serializable {

        static Waiting of(ExportRequest request) {
            return new Waiting(request.id(), request.student().shownName(), request.admin().shownName(), request.reason(),
                    request.askedAt());
        }
    }

    /** A co-signed request as the student is told of it. */
    public record Told(String adminName, String counselorName, Instant cosignedAt, String reason) {

        static Told of(ExportRequest request) {
            return new Told(request.admin().shownName(), request.counselor().shownName(), request.answeredAt().orElseThrow(),
                    request.reason());
        }
    }

    /** The requests waiting for this counselor's answer, the oldest first. */
    @Transactional
    public List<Waiting> waitingFor(Caller counselor) {
        return requests.waitingFor(callers.counselor(counselor), clock.instant()).stream().map(Waiting::of).toList();
    }

    /** Co-signs: the admin who asked may download the whole file for a day, and the student is told. */
    @Transactional
    public Waiting cosign(Caller counselor, long requestId) {
        return answer(counselor, requestId, ExportRequest::cosign, AuditAction.EXPORT_COSIGNED);
    }

    /** Refuses: the admin keeps the file without written words. */
    @Transactional
    public Waiting refuse(Caller counselor, long requestId) {
        return answer(counselor, requestId, ExportRequest::refuse, AuditAction.EXPORT_COSIGN_REFUSED);
    }

    private Waiting answer(Caller counselor, long requestId, Answer step, AuditAction action) {
        Member me = callers.counselor(counselor);
        ExportRequest request = requests.of(me, requestId);
        step.take(request, me, clock.instant());
        audit.record(counselor.actor(), action, Subject.of("export_request", request.id()), null);
        news.forMember(request.student().id());
        return Waiting.of(request);
    }

    /** Every co-signed request for the student's file, the newest first: the student reads who, when and why. */
    @Transactional
    public List<Told> toldTo(Caller student) {
        return requests.about(callers.student(student)).stream().filter(ExportRequest::cosigned).map(Told::of).toList();
    }

    @FunctionalInterface
    private interface Answer {
        void take(ExportRequest request, Member counselor, Instant now);
    }
}
