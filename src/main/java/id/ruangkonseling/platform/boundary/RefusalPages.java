package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.entity.NotFound;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;

/**
 * A page or download that meets {@link NotFound} — a record that is not the person's, or a role their
 * school took away while they were signed in — answers {@code 404}, the same "page not found" as a made-up
 * address, never the server-error page. Whatever else fails keeps its way to the error pages.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class RefusalPages extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(RefusalPages.class.getName());
    private static final int MAX_DEPTH = 16;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!notFound(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.log(Level.DEBUG, "refused as not found: {0}", request.getRequestURI());
            response.resetBuffer();
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static boolean notFound(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof NotFound) {
                return true;
            }
        }
        return false;
    }
}
