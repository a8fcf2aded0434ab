package id.ruangkonseling.platform.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /favicon.ico}, which browsers and LMS link previews ask for without reading the page: the
 * service's mark, the same SVG the pages name as their icon.
 */
@WebServlet("/favicon.ico")
public class Favicon extends HttpServlet {

    /** The mark, drawn once; the page template links it too. */
    static final String MARK = "/resources/img/mark.svg";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.getRequestDispatcher(MARK).forward(request, response);
    }
}
