package id.ruangkonseling.reports.boundary;

import id.ruangkonseling.reports.control.ReportPeriod;
import id.ruangkonseling.reports.control.ServiceReport;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;

/** Backs {@code /admin/reports}: the school's service report, counts 1–4 suppressed (the last twelve months unless asked). */
@Named
@RequestScoped
public class SchoolReportsPage extends ReportPage {

    @Override
    Caller caller() {
        return signedIn.as(Role.SCHOOL_ADMIN);
    }

    @Override
    ReportPeriod fallback(LocalDate today) {
        return ReportPeriod.lastTwelveMonths(today);
    }

    @Override
    ServiceReport report(Caller caller, ReportPeriod period) {
        return reports.ofSchool(caller, period);
    }

    @Override
    String downloads() {
        return ReportExportServlet.SCHOOL;
    }
}
