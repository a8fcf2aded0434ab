package id.ruangkonseling.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.primefaces.csp.CspException;

/**
 * A post whose CSP nonce is not its page's, or that has none where its view keeps none — a page of an earlier view,
 * or a forged form — is answered with the "page expired" page and one log line, not a stack trace from every layer
 * it passes: it is a person's old page or someone's forgery, not a fault of the service. Mapped nearer the Faces servlet than OmniFaces' exception filter, so it
 * meets the exception first; an AJAX post gets the partial response's redirect, any other a 303.
 */
public class StaleNonce extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = System.getLogger(StaleNonce.class.getName());
    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failed) {
            if (!missingNonce(failed) || response.isCommitted()) {
                throw failed;
            }
            LOG.log(Level.INFO, "A post with a missing or foreign CSP nonce (an old or forged form) got the expired page: {0} {1}",
                    request.getMethod(), request.getRequestURI());
            response.reset();
            String expired = request.getContextPath() + EXPIRED_PAGE;
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + expired + "\"/></partial-response>");
            } else {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", expired);
            }
        }
    }

    private static boolean missingNonce(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}
