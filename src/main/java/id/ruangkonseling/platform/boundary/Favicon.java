package id.ruangkonseling.platform.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code GET /favicon.ico}, which browsers and LMS link previews ask for without reading the page: the
 * service's mark, the same SVG the pages name as their icon, written here with its type (a forward to the file
 * lost the type when the request asked to upgrade to cleartext HTTP/2, which the server declines).
 */
@WebServlet("/favicon.ico")
public class Favicon extends HttpServlet {

    /** The mark, drawn once; the page template links it too. */
    static final String MARK = "/resources/img/mark.svg";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (InputStream mark = getServletContext().getResourceAsStream(MARK)) {
            if (mark == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("image/svg+xml");
            response.setHeader("Cache-Control", "public, max-age=86400");
            mark.transferTo(response.getOutputStream());
        }
    }
}
