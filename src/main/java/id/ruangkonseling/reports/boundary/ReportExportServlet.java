package id.ruangkonseling.reports.boundary;

import id.ruangkonseling.platform.boundary.ApiTexts;
import id.ruangkonseling.reports.boundary.ServiceReports.Kind;
import id.ruangkonseling.reports.control.ReportPeriod;
import id.ruangkonseling.reports.control.ServiceReport;
import id.ruangkonseling.reports.control.ServiceReportCsv;
import id.ruangkonseling.reports.control.ServiceReportPdf;
import id.ruangkonseling.school.boundary.SignedInMember;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /counselor/reports.csv|pdf} and {@code /admin/reports.csv|pdf} with {@code from} and {@code to}
 * ({@code YYYY-MM-DD}): the report as a download, never cached. Someone without the path's role finds nothing
 * (404); days that do not parse get a 400 that says so in the person's language.
 */
@WebServlet(urlPatterns = {"/counselor/reports.csv", "/counselor/reports.pdf", "/admin/reports.csv", "/admin/reports.pdf"})
public class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ServiceReports reports;

    @Inject
    transient SignedInMember signedIn;

    @Inject
    transient ApiTexts texts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getServletPath();
        Kind kind = path.startsWith(Kind.COUNSELOR.downloads()) ? Kind.COUNSELOR : Kind.SCHOOL;
        if (!signedIn.has(kind.role())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<ReportPeriod> period = ReportPeriod.parse(request.getParameter("from"), request.getParameter("to"));
        if (period.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getOutputStream().write(texts.of("reports.invalidPeriod", ReportPeriod.MAX_MONTHS).getBytes(StandardCharsets.UTF_8));
            return;
        }
        String format = path.substring(path.lastIndexOf('.') + 1);
        ServiceReport report = reports.export(signedIn.as(kind.role()), kind, format, period.get());
        byte[] body = format.equals("csv") ? ServiceReportCsv.of(report, texts.bundle()) : ServiceReportPdf.of(report, texts.bundle());
        response.setContentType(format.equals("csv") ? "text/csv; charset=UTF-8" : "application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + texts.of("reports.fileName") + "-" + period.get().from()
                + "_" + period.get().to() + "." + format + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
