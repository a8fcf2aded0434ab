package id.ruangkonseling.safeguarding.control;

import id.ruangkonseling.platform.entity.Invalid;
import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.safeguarding.entity.ExportRequest;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The school admins' requests for a student's whole file: made, found for the counselor asked to co-sign, and
 * looked up for the admin's download and for what the student is told. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ExportRequests {

    @Inject
    EntityManager entityManager;

    /** The admin asks the counselor {@code counselorId} of their school to co-sign; anyone else is no choice. */
    public ExportRequest ask(Member admin, Member student, long counselorId, String reason, Instant now) {
        Member counselor = Optional.ofNullable(entityManager.find(Member.class, counselorId))
                .filter(member -> Objects.equals(member.school().id(), admin.school().id()))
                .orElseThrow(() -> new Invalid("counselor", "privacy.cosign.chooseCounselor", "no such member of the school"));
        ExportRequest request = new ExportRequest(admin, student, counselor, reason, now);
        entityManager.persist(request);
        entityManager.flush(); // the audit entry names the new request's id
        return request;
    }

    /** A request of the counselor's school (whether it was asked of them, the request itself checks); another school's is not found. */
    public ExportRequest of(Member counselor, long requestId) {
        return Optional.ofNullable(entityManager.find(ExportRequest.class, requestId))
                .filter(request -> Objects.equals(request.school().id(), counselor.school().id()))
                .orElseThrow(() -> new NotFound("export request " + requestId));
    }

    /** The requests waiting for this counselor's answer, the oldest first. */
    public List<ExportRequest> waitingFor(Member counselor, Instant now) {
        return entityManager.createQuery("SELECT x FROM ExportRequest x WHERE x.counselor = :counselor AND x.answeredAt IS NULL"
                        + " ORDER BY x.askedAt", ExportRequest.class)
                .setParameter("counselor", counselor).getResultStream()
                .filter(request -> request.state(now) == ExportRequest.State.WAITING).toList();
    }

    /** Every request for the student's file, the newest first. */
    public List<ExportRequest> about(Member student) {
        return entityManager.createQuery("SELECT x FROM ExportRequest x WHERE x.student = :student ORDER BY x.askedAt DESC",
                ExportRequest.class).setParameter("student", student).getResultList();
    }

    /** The co-signed request that opens the student's whole file to this admin now, if any. */
    public Optional<ExportRequest> openTo(Member admin, Member student, Instant now) {
        return about(student).stream().filter(request -> request.opensFileTo(admin, now)).findFirst();
    }
}
