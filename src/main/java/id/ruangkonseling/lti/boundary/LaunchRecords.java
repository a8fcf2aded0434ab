package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.lti.control.LaunchRejected;
import id.ruangkonseling.lti.control.LaunchedMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What the audit trail keeps of a launch, each launch's lines in one transaction: the authentication
 * mechanism that signs people in runs in none, and the audit trail only joins one.
 */
@ApplicationScoped
public class LaunchRecords {

    /** Who a refused launch came from in the audit trail: a platform, not yet anyone of a school. */
    private static final Actor LMS = Actor.outsideSchools("LMS");

    @Inject
    AuditTrail audit;

    @Transactional
    public void refused(LaunchRejected rejected) {
        audit.record(LMS, AuditAction.LAUNCH_REFUSED, Subject.NONE, rejected.reason().name());
    }

    /** The member signed in (by a launch, or by resuming one in a new window), and any role the launch gave them. */
    @Transactional
    public void signedIn(Actor actor, LaunchedMember member, boolean resumed) {
        Subject subject = Subject.of("member", member.memberId());
        audit.record(actor, resumed ? AuditAction.LAUNCH_RESUMED : AuditAction.LAUNCH_ACCEPTED, subject, null);
        // what the LMS said made this person a teacher, an admin or — by the school's BK course — a counselor
        member.gained().forEach(role -> audit.record(actor, AuditAction.ROLE_GAINED, subject, role.name()));
    }
}
