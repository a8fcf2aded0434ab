package id.ruangkonseling.privacy.boundary;

import id.ruangkonseling.platform.boundary.ApiTexts;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /student/my-data/export?format=json|pdf}: the signed-in student's own file as a download in their
 * language, never cached. It takes no id: nobody asks here for anyone's file but their own. web.xml lets only
 * students in.
 */
@WebServlet(urlPatterns = OwnExportServlet.PATH)
public class OwnExportServlet extends HttpServlet {

    static final String PATH = "/student/my-data/export";
    private static final long serialVersionUID = 1L;

    @Inject
    transient OwnFile ownFile;

    @Inject
    transient SignedInMember signedIn;

    @Inject
    transient ApiTexts texts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String format = request.getParameter("format");
        if (!signedIn.has(Role.STUDENT) || !FileDownload.FORMATS.contains(format)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownload.send(response, ownFile.export(signedIn.as(Role.STUDENT), format), format, texts.of("privacy.file.ownName"),
                texts.bundle());
    }
}
