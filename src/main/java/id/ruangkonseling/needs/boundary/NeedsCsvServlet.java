package id.ruangkonseling.needs.boundary;

import id.ruangkonseling.needs.control.NeedsProfile;
import id.ruangkonseling.needs.control.ProfilePdf;
import id.ruangkonseling.needs.control.RoundProfile.Summary;
import id.ruangkonseling.needs.entity.NeedsItem;
import id.ruangkonseling.platform.boundary.LanguageSelection;
import id.ruangkonseling.platform.control.CsvCells;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.ServiceField;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /counselor/needs.csv?course=}: a course's needs profile for the annual programme, as CSV (UTF-8 with
 * a byte order mark, so that a spreadsheet reads Indonesian right): each field's share, then each item's,
 * ranked; {@code needs.pdf} the same to print ({@link ProfilePdf}). Shares only, never who answered; an
 * audited read like the page. Never cached.
 */
@WebServlet(urlPatterns = {"/counselor/needs.csv", "/counselor/needs.pdf"})
public class NeedsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CounselorNeeds needs;

    @Inject
    transient SignedInMember signedIn;

    @Inject
    transient LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Locale locale = language.getLocale();
        Summary summary = needs.course(signedIn.as(Role.COUNSELOR), NeedsPages.id(request.getParameter("course")), locale)
                .summary();
        ResourceBundle texts = ResourceBundle.getBundle("id.ruangkonseling.i18n.messages", locale, NeedsCsvServlet.class.getClassLoader());
        if (request.getServletPath().endsWith(".pdf")) {
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"angket-kebutuhan.pdf\"");
            response.getOutputStream().write(ProfilePdf.of(summary, texts));
            return;
        }
        NeedsProfile profile = summary.profile();
        StringBuilder csv = new StringBuilder("\uFEFFcourse,field,item,yes,answered,share_percent\r\n");
        String course = CsvCells.text(summary.courseTitle());
        for (ServiceField field : profile.fieldsRanked()) {
            csv.append(course).append(',').append(CsvCells.text(texts.getString("needs.field." + field.name()))).append(",\"\",,")
                    .append(profile.answered()).append(',').append(NeedsProfile.percent(profile.fields().get(field))).append("\r\n");
        }
        Map<Long, NeedsItem> items = summary.items().stream().collect(Collectors.toMap(NeedsItem::id, Function.identity()));
        profile.items().forEach(share -> csv.append(course).append(',')
                .append(CsvCells.text(texts.getString("needs.field." + share.field().name()))).append(',')
                .append(CsvCells.text(items.get(share.itemId()).text(locale))).append(',').append(share.yes()).append(',')
                .append(profile.answered()).append(',').append(NeedsProfile.percent(share.share())).append("\r\n"));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"angket-kebutuhan.csv\"");
        response.getOutputStream().write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
