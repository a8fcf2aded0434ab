package id.ruangkonseling.school.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.school.entity.SchoolZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * What a school admin sets for their whole school: the time zone its times are kept and shown in (a school
 * in Makassar or Jayapura would otherwise see every time one or two hours off). Every change is audited.
 */
@ApplicationScoped
public class SchoolSettings {

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    /** The admin's school's zone; empty when it keeps one outside Indonesia's three. */
    @Transactional
    public Optional<SchoolZone> zone(Caller admin) {
        return SchoolZone.of(callers.schoolAdmin(admin).school().timeZone());
    }

    @Transactional
    public void moveTo(Caller admin, SchoolZone zone) {
        School school = callers.schoolAdmin(admin).school();
        school.moveToTimeZone(zone.zone());
        audit.record(admin.actor(), AuditAction.SCHOOL_TIME_ZONE_CHANGED, Subject.of("school", school.id()), zone.name());
    }
}
