package id.ruangkonseling.privacy.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.privacy.control.Erased;
import id.ruangkonseling.privacy.control.Extent;
import id.ruangkonseling.privacy.control.StudentErasure;
import id.ruangkonseling.privacy.control.StudentFile;
import id.ruangkonseling.privacy.control.StudentRecords;
import id.ruangkonseling.safeguarding.control.ExportRequests;
import id.ruangkonseling.safeguarding.entity.ExportRequest;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A school admin acting on a student's rights: finds the student, exports their file (without written words
 * unless a counselor co-signed), marks them as left, and deletes everything about them on request. Only students of the admin's own school
 * are found; every export and deletion is audited.
 */
@ApplicationScoped
public class StudentRights {

    @Inject
    SchoolDirectory schools;

    @Inject
    Callers callers;

    @Inject
    StudentRecords records;

    @Inject
    StudentErasure erasure;

    @Inject
    ExportRequests exportRequests;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** What a deletion on request came to. */
    public record Deletion(Outcome outcome, Erased erased) {

        public enum Outcome { DELETED, NOT_CONFIRMED, NOT_FOUND }
    }

    /** The school's students whose name contains {@code search}. */
    @Transactional
    public List<Member> students(Caller admin, String search) {
        return schools.membersNamed(school(admin), search).stream().filter(StudentRights::isStudent).toList();
    }

    @Transactional
    public Optional<Member> student(Caller admin, long memberId) {
        return schools.findMember(school(admin), memberId).filter(StudentRights::isStudent);
    }

    /**
     * A student launched as one, or was only ever referred (no role yet); staff are not students here,
     * and an erased member is no one any more.
     */
    private static boolean isStudent(Member member) {
        boolean staff = member.has(Role.TEACHER) || member.has(Role.COUNSELOR) || member.has(Role.SCHOOL_ADMIN);
        return !member.isErased() && (member.has(Role.STUDENT) || !staff);
    }

    /**
     * The student's file as the admin may read it: kinds, dates, statuses and counts, or — while a counselor's
     * co-signature of the admin's request holds — everything, decrypted. {@code format} (json, pdf) goes into the
     * audit entry, which says which of the two it was.
     */
    @Transactional
    public Optional<StudentFile> export(Caller admin, long memberId, String format) {
        Member me = callers.schoolAdmin(admin);
        Instant now = clock.instant();
        return student(admin, memberId).map(found -> {
            Optional<ExportRequest> cosigned = exportRequests.openTo(me, found, now);
            audit.record(admin.actor(), cosigned.isPresent() ? AuditAction.DATA_EXPORTED_WITH_CONTENT : AuditAction.DATA_EXPORTED,
                    Subject.of("member", found.id()), cosigned.map(request -> format + " request=" + request.id()).orElse(format));
            return records.of(found, now, cosigned.isPresent() ? Extent.FULL : Extent.WITHOUT_WORDS);
        });
    }

    /** The student has left the school: the retention time of their closed cases starts today. */
    @Transactional
    public Optional<Member> markLeft(Caller admin, long memberId) {
        Optional<Member> student = student(admin, memberId);
        student.ifPresent(found -> {
            found.markLeft(clock.instant());
            audit.record(admin.actor(), AuditAction.STUDENT_MARKED_LEFT, Subject.of("member", found.id()), null);
        });
        return student;
    }

    /**
     * Deletes everything about the student when {@code confirmation} is their name as the page shows it
     * (any case, spaces around ignored); anything else changes nothing. All or nothing: one transaction.
     */
    @Transactional
    public Deletion delete(Caller admin, long memberId, String confirmation) {
        Optional<Member> student = student(admin, memberId);
        if (student.isEmpty()) {
            return new Deletion(Deletion.Outcome.NOT_FOUND, Erased.NOTHING);
        }
        if (confirmation == null || !confirmation.strip().equalsIgnoreCase(student.get().shownName().strip())) {
            return new Deletion(Deletion.Outcome.NOT_CONFIRMED, Erased.NOTHING);
        }
        Erased erased = erasure.eraseStudent(student.get(), clock.instant());
        audit.record(admin.actor(), AuditAction.DATA_DELETED_ON_REQUEST, Subject.of("member", memberId), erased.detail());
        return new Deletion(Deletion.Outcome.DELETED, erased);
    }

    private School school(Caller admin) {
        return callers.schoolAdmin(admin).school();
    }
}
