package id.ruangkonseling.privacy.boundary;

import id.ruangkonseling.platform.boundary.ApiTexts;
import id.ruangkonseling.privacy.control.StudentFile;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /admin/student-data/export?id=&format=json|pdf}: one student of the admin's school's file as a
 * download, never cached — without written words, unless a counselor co-signed the admin's request. web.xml
 * lets only school admins in; another school's student, or no such one, is 404.
 */
@WebServlet(urlPatterns = StudentExportServlet.PATH)
public class StudentExportServlet extends HttpServlet {

    static final String PATH = "/admin/student-data/export";
    private static final long serialVersionUID = 1L;

    @Inject
    transient StudentRights rights;

    @Inject
    transient SignedInMember signedIn;

    @Inject
    transient ApiTexts texts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String format = request.getParameter("format");
        Optional<Long> id = Optional.ofNullable(request.getParameter("id")).filter(text -> text.matches("\\d{1,18}"))
                .map(Long::valueOf);
        if (!signedIn.has(Role.SCHOOL_ADMIN) || !FileDownload.FORMATS.contains(format) || id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<StudentFile> file = rights.export(signedIn.as(Role.SCHOOL_ADMIN), id.get(), format);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownload.send(response, file.get(), format, texts.of("privacy.file.name", String.valueOf(id.get())), texts.bundle());
    }
}
