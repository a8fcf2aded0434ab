package id.ruangkonseling.reports.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.reports.control.ReportFigures;
import id.ruangkonseling.reports.control.ReportFigures.Figures;
import id.ruangkonseling.reports.control.ReportPeriod;
import id.ruangkonseling.reports.control.ReportScope;
import id.ruangkonseling.reports.control.SchoolBreakdown;
import id.ruangkonseling.reports.control.ServiceReport;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service reports: a counselor's of their own work, the school admin's of the whole school (suppressed,
 * with each counselor's and course's lines). Anyone else finds none; each export is audited.
 */
@ApplicationScoped
public class ServiceReports {

    @Inject
    Callers callers;

    @Inject
    ReportFigures figures;

    @Inject
    SchoolBreakdown breakdown;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** Which report: the counselor's own or the school's, each in its role and with its downloads' path. */
    public enum Kind {
        COUNSELOR(Role.COUNSELOR, "/counselor/reports"),
        SCHOOL(Role.SCHOOL_ADMIN, "/admin/reports");

        private final Role role;
        private final String downloads;

        Kind(Role role, String downloads) {
            this.role = role;
            this.downloads = downloads;
        }

        public Role role() {
            return role;
        }

        /** The downloads' path without the format: {@code /counselor/reports}. */
        public String downloads() {
            return downloads;
        }
    }

    /** Today in the caller's school's calendar, where the report's periods start from. */
    @Transactional
    public LocalDate today(Caller caller) {
        return LocalDate.now(clock.withZone(callers.member(caller).school().timeZone()));
    }

    @Transactional
    public ServiceReport ofCounselor(Caller counselor, ReportPeriod period) {
        Member me = callers.counselor(counselor);
        School school = me.school();
        ReportScope scope = ReportScope.school(school.id(), school.timeZone()).of(me.id());
        return new ServiceReport(school.name(), Optional.of(me.shownName()), period, school.timeZone(), clock.instant(),
                figures.of(scope, period), List.of(), Map.of());
    }

    @Transactional
    public ServiceReport ofSchool(Caller admin, ReportPeriod period) {
        School school = callers.schoolAdmin(admin).school();
        ReportScope scope = ReportScope.school(school.id(), school.timeZone());
        Figures counted = figures.of(scope, period);
        return new ServiceReport(school.name(), Optional.empty(), period, school.timeZone(), clock.instant(), counted,
                breakdown.perCounselor(scope, counted.tallies()), breakdown.referralsPerCourse(scope, period));
    }

    /** The report for a download, recorded in the audit trail: who, which report, which format and period. */
    @Transactional
    public ServiceReport export(Caller caller, Kind kind, String format, ReportPeriod period) {
        ServiceReport report = kind == Kind.COUNSELOR ? ofCounselor(caller, period) : ofSchool(caller, period);
        audit.record(caller.actor(), AuditAction.REPORT_EXPORTED, Subject.of("school", caller.schoolId()),
                "report=" + kind + " format=" + format + " from=" + period.from() + " to=" + period.to());
        return report;
    }
}
