package id.ruangkonseling.reports.boundary;

import id.ruangkonseling.reports.boundary.ServiceReports.Kind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Backs {@code /admin/reports}: the school's service report, counts 1–4 suppressed (the last twelve months unless asked). */
@Named
@RequestScoped
public class SchoolReportsPage extends ReportPage {

    public SchoolReportsPage() {
        super(Kind.SCHOOL);
    }
}
