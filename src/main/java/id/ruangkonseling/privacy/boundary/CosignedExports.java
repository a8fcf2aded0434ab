package id.ruangkonseling.privacy.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.safeguarding.control.ExportRequests;
import id.ruangkonseling.safeguarding.entity.ExportRequest;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.PageNews;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The school admin's side of a student's whole file: asking a counselor of the school to co-sign a written
 * reason (audited, the reason never in the trail), and seeing, for the chosen student, whom they may ask and
 * where each request stands.
 */
@ApplicationScoped
public class CosignedExports {

    @Inject
    StudentRights rights;

    @Inject
    Callers callers;

    @Inject
    SchoolDirectory schools;

    @Inject
    ExportRequests requests;

    @Inject
    AuditTrail audit;

    @Inject
    PageNews news;

    Clock clock = Clock.systemUTC();

    /**
     * The chosen student, the counselors the admin may ask (never themselves), the student's requests (newest first)
     * and whether one of them opens the whole file to this admin now.
     */
    public record Chosen(Member student, List<Counselor> counselors, List<Asked> asked, boolean contentOpen) {
    }

    public record Counselor(long id, String name) {
    }

    /** One request for the student's file as the admin reads where it stands. */
    public record Asked(long id, String adminName, String counselorName, Instant askedAt, ExportRequest.State state,
                        Optional<Instant> openUntil) {

        static Asked of(ExportRequest request, Instant now) {
            return new Asked(request.id(), request.admin().shownName(), request.counselor().shownName(), request.askedAt(),
                    request.state(now), request.openUntil());
        }
    }

    @Transactional
    public Optional<Chosen> forStudent(Caller admin, long studentId) {
        Member me = callers.schoolAdmin(admin);
        Instant now = clock.instant();
        return rights.student(admin, studentId).map(student -> new Chosen(student,
                schools.staff(me.school()).stream().filter(member -> member.has(Role.COUNSELOR) && !member.equals(me))
                        .map(member -> new Counselor(member.id(), member.shownName())).toList(),
                requests.about(student).stream().map(request -> Asked.of(request, now)).toList(),
                requests.openTo(me, student, now).isPresent()));
    }

    /**
     * Asks the counselor to co-sign the admin's reason for the student's whole file; a reason too short or too long,
     * or no counselor of the school, is {@code Invalid} and asks nothing.
     */
    @Transactional
    public Asked ask(Caller admin, long studentId, long counselorId, String reason) {
        Member me = callers.schoolAdmin(admin);
        Member student = rights.student(admin, studentId).orElseThrow(() -> new NotFound("student " + studentId));
        Instant now = clock.instant();
        ExportRequest request = requests.ask(me, student, counselorId, reason, now);
        audit.record(admin.actor(), AuditAction.EXPORT_COSIGN_ASKED, Subject.of("export_request", request.id()),
                "student=" + student.id() + " counselor=" + counselorId);
        news.forMember(counselorId);
        return Asked.of(request, now);
    }
}
