package id.ruangkonseling.reports.boundary;

import id.ruangkonseling.reports.control.ReportPeriod;
import id.ruangkonseling.reports.control.ServiceReport;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;

/** Backs {@code /counselor/reports}: the counselor's own service report for a period (this month unless asked). */
@Named
@RequestScoped
public class ReportsPage extends ReportPage {

    @Override
    Caller caller() {
        return signedIn.as(Role.COUNSELOR);
    }

    @Override
    ReportPeriod fallback(LocalDate today) {
        return ReportPeriod.thisMonth(today);
    }

    @Override
    ServiceReport report(Caller caller, ReportPeriod period) {
        return reports.ofCounselor(caller, period);
    }

    @Override
    String downloads() {
        return ReportExportServlet.COUNSELOR;
    }
}
