package id.ruangkonseling.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Ends a session on the server once its person has done nothing for the idle time ({@code RK_SESSION_IDLE_MINUTES}),
 * however often their open pages poll: what a page's script asks by itself (new messages, read receipts, calls
 * ringing) is not a person's action and does not keep the session. On a shared school computer the next pupil
 * then finds no conversation behind the page left open. After the idle time every request of the session answers
 * as signed out: {@code 401} JSON in the API; a page is asked again, without the session, and so is the
 * signed-out page.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class IdleSessions extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** When the person last did something, in epoch milliseconds. */
    static final String ACTIVE_AT = "id.ruangkonseling.activeAt";
    /** What pages ask on their own: chat polls and read receipts, the call poll, the live pages' news. */
    private static final Pattern BY_ITSELF = Pattern.compile(
            "GET /api/conversations/\\d+/messages|POST /api/conversations/\\d+/read|GET /api/calls|GET /api/conversations|GET /api/news");
    /** The query of a live page's own refresh (js/live.js); a refresh is never a person's action. */
    private static final String LIVE_REFRESH = "rk-live=1";

    @Inject
    transient SessionIdleTimeout idle;

    transient Clock clock = Clock.systemUTC();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && !request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            long now = clock.millis();
            Object activeAt = session.getAttribute(ACTIVE_AT);
            if (activeAt instanceof Long last && now - last > idle.getSeconds() * 1000L) {
                session.invalidate();
                if (!RestApi.serves(request)) {
                    // asked again without the session, the page is the signed-out page (this request already has its person)
                    String query = request.getQueryString();
                    response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
                    return;
                } // the API's own check (ApiCaller) finds no session and answers 401 in JSON
            }
            if (activeAt == null || !byItself(request)) {
                session.setAttribute(ACTIVE_AT, now);
            }
        }
        chain.doFilter(request, response);
    }

    /** A poll, or a live page reading itself anew (js/live.js marks its refresh). */
    private static boolean byItself(HttpServletRequest request) {
        return BY_ITSELF.matcher(request.getMethod() + " " + path(request)).matches()
                || LIVE_REFRESH.equals(request.getQueryString()) && "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
