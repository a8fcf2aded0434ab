package id.ruangkonseling.privacy.boundary;

import id.ruangkonseling.platform.control.CsvCells;
import id.ruangkonseling.privacy.control.BreachQuery.Touched;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /admin/breach.csv?from=&to=&kind=}: the breach query's answer as CSV (member id, name, email,
 * rows created or changed, reads), never cached. A window that does not parse is 400.
 */
@WebServlet(urlPatterns = BreachCsvServlet.PATH)
public class BreachCsvServlet extends HttpServlet {

    static final String PATH = "/admin/breach.csv";
    private static final long serialVersionUID = 1L;

    @Inject
    transient BreachReport report;

    @Inject
    transient SignedInMember signedIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        BreachWindow window = BreachWindow.parse(request.getParameter("from"), request.getParameter("to"), request.getParameter("kind"));
        if (!signedIn.has(Role.SCHOOL_ADMIN)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!window.isComplete()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        List<Touched> touched = report.touched(signedIn.as(Role.SCHOOL_ADMIN), window.kind(), window.from().get(), window.to().get());
        StringBuilder csv = new StringBuilder("member_id,name,email,created_or_changed,read\r\n");
        touched.forEach(row -> csv.append(row.member().id()).append(',').append(CsvCells.text(row.member().displayName().orElse("")))
                .append(',').append(CsvCells.text(row.member().email().orElse(""))).append(',').append(row.changed())
                .append(',').append(row.read()).append("\r\n"));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"kebocoran-data.csv\"");
        response.getOutputStream().write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
