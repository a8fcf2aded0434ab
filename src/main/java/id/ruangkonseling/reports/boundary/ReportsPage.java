package id.ruangkonseling.reports.boundary;

import id.ruangkonseling.reports.boundary.ServiceReports.Kind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Backs {@code /counselor/reports}: the counselor's own service report for a period (this month unless asked). */
@Named
@RequestScoped
public class ReportsPage extends ReportPage {

    public ReportsPage() {
        super(Kind.COUNSELOR);
    }
}
