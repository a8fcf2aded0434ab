package id.ruangkonseling.reports.boundary;

import id.ruangkonseling.reports.boundary.ServiceReports.Kind;
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

    private final Kind kind;

    @Inject
    ServiceReports reports;

    @Inject
    SignedInMember signedIn;

    private PeriodChoice choice;
    private ReportView view;

    ReportPage(Kind kind) {
        this.kind = kind;
    }

    /** A counselor's page opens on this month, the admin's on the last twelve; someone without the role finds no page. */
    @PostConstruct
    void load() {
        Caller caller = signedIn.as(kind.role());
        LocalDate today = reports.today(caller);
        choice = PeriodChoice.of(Faces.getRequestParameter("period"), Faces.getRequestParameter("from"),
                Faces.getRequestParameter("to"), today, kind == Kind.COUNSELOR ? ReportPeriod.thisMonth(today)
                        : ReportPeriod.lastTwelveMonths(today));
        ServiceReport report = kind == Kind.COUNSELOR ? reports.ofCounselor(caller, choice.period())
                : reports.ofSchool(caller, choice.period());
        view = new ReportView(report, new ReportTexts(Faces.getResourceBundle("msg")));
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
        return PeriodChoice.link(Faces.getRequestContextPath(), kind.downloads(), format, period);
    }
}
