package id.ruangkonseling.privacy.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.privacy.control.BreachQuery.Touched;
import id.ruangkonseling.privacy.control.BreachQuery;
import id.ruangkonseling.privacy.control.DataKind;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The school admin's breach query: whose data of one kind (or of every kind) a time window of the
 * school's clock touched. Each query is audited, since its answer names students.
 */
@ApplicationScoped
public class BreachReport {

    @Inject
    SchoolDirectory schools;

    @Inject
    Callers callers;

    @Inject
    BreachQuery query;

    @Inject
    AuditTrail audit;

    /** The window {@code [from, to)} in the school's time zone; an empty {@code kind} asks about every kind. */
    @Transactional
    public List<Touched> touched(Caller admin, Optional<DataKind> kind, LocalDateTime from, LocalDateTime to) {
        School school = callers.schoolAdmin(admin).school();
        Set<DataKind> kinds = kind.map(EnumSet::of).orElseGet(() -> EnumSet.allOf(DataKind.class));
        audit.record(admin.actor(), AuditAction.BREACH_QUERIED, Subject.of("school", school.id()),
                "kind=" + kind.map(DataKind::name).orElse("ALL") + " from=" + from + " to=" + to);
        return query.touched(school, kinds, from.atZone(school.timeZone()).toInstant(), to.atZone(school.timeZone()).toInstant());
    }
}
