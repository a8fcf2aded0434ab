package id.ruangkonseling.privacy.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.privacy.control.Extent;
import id.ruangkonseling.privacy.control.StudentFile;
import id.ruangkonseling.privacy.control.StudentRecords;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * A student taking their own file (right of access, from their home): what they wrote and what was written
 * to them, never a counselor's notes, a teacher's referral or the audit trail. Audited, as every export is.
 */
@ApplicationScoped
public class OwnFile {

    @Inject
    Callers callers;

    @Inject
    StudentRecords records;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** The signed-in student's own file; {@code format} (json, pdf) goes into the audit entry. */
    @Transactional
    public StudentFile export(Caller student, String format) {
        Member me = callers.student(student);
        audit.record(student.actor(), AuditAction.OWN_DATA_EXPORTED, Subject.of("member", me.id()), format);
        return records.of(me, clock.instant(), Extent.OWN);
    }
}
