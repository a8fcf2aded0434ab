package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.control.CookiePolicy;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives the session cookie the {@link CookiePolicy}'s attributes ({@code SameSite}, {@code Partitioned}),
 * which Payara Micro does not write for it, whatever the {@code SessionCookieConfig} says — and without
 * which the LMS's iframe loses the session after the launch. Payara adds the session's
 * {@code Set-Cookie} to the response itself, past any wrapper, whenever a session starts or changes its id:
 * in a sign-in before any filter runs, in a page or resource, on an error page. So the header is put
 * right when this filter starts and ends, and before anything that could commit the response
 * ({@link SessionCookieResponse}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SessionCookieHeader extends HttpFilter {

    private static final String DEFAULT_NAME = "JSESSIONID";

    @Inject
    CookiePolicy cookies;

    private String cookieName;

    @Override
    public void init() {
        String configured = getServletContext().getSessionCookieConfig().getName();
        cookieName = configured == null || configured.isBlank() ? DEFAULT_NAME : configured;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SessionCookieResponse watched = new SessionCookieResponse(request, response, cookieName, cookies::sessionCookie);
        watched.settle(); // a sign-in (the LMS launch) started or renewed the session before any filter ran
        try {
            chain.doFilter(request, watched);
        } finally {
            watched.settle();
        }
    }
}
