package id.ruangkonseling.reports.boundary;

import id.ruangkonseling.reports.control.ReportPeriod;
import id.ruangkonseling.reports.control.ReportTexts;
import id.ruangkonseling.reports.control.ServiceReport;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.omnifaces.util.Faces;

/** What both report pages do: read the period asked for, load the report once, link its downloads. */
abstract class ReportPage {

    @Inject
    ServiceReports reports;

    @Inject
    SignedInMember signedIn;

    private PeriodChoice choice;
    private ReportView view;

    /** The signed-in person in the page's role; anyone else is not found. */
    abstract Caller caller();

    abstract ReportPeriod fallback(LocalDate today);

    abstract ServiceReport report(Caller caller, ReportPeriod period);

    /** The downloads' path without the format: {@code /counselor/reports}. */
    abstract String downloads();

    @PostConstruct
    void load() {
        Caller caller = caller();
        LocalDate today = reports.today(caller);
        choice = PeriodChoice.of(Faces.getRequestParameter("period"), Faces.getRequestParameter("from"),
                Faces.getRequestParameter("to"), today, fallback(today));
        view = new ReportView(report(caller, choice.period()), new ReportTexts(Faces.getResourceBundle("msg")));
    }

    public PeriodChoice getChoice() {
        return choice;
    }

    public ReportView getView() {
        return view;
    }

    public String getPdfMonth() {
        return link("pdf", ReportPeriod.thisMonth(choice.today()));
    }

    public String getPdfSemester() {
        return link("pdf", ReportPeriod.semester(choice.today()));
    }

    public String getPdf() {
        return link("pdf", choice.period());
    }

    public String getCsv() {
        return link("csv", choice.period());
    }

    private String link(String format, ReportPeriod period) {
        return PeriodChoice.link(Faces.getRequestContextPath(), downloads(), format, period);
    }
}
