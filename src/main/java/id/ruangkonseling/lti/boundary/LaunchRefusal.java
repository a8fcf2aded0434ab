package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.LaunchRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Answers a refused login or launch: status 400, one log line with the reason (never a token), and a
 * page in Indonesian and English that tells the LMS admin what to fix.
 */
@ApplicationScoped
public class LaunchRefusal {

    static final String REASON_ATTRIBUTE = "id.ruangkonseling.lti.refusal";
    private static final Logger LOG = System.getLogger(LaunchRefusal.class.getName());

    public void show(LaunchRejected rejected, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        LOG.log(Level.WARNING, "LTI launch refused: {0}", rejected.getMessage());
        request.setAttribute(REASON_ATTRIBUTE, rejected.reason());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher("/lti/refused.xhtml").forward(request, response);
    }
}
