package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.control.CookiePolicy;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Applies what the container itself writes of the {@link CookiePolicy} ({@code HttpOnly}, {@code Secure})
 * to the session cookie when the application starts — {@link SessionCookieHeader} puts the rest — and the
 * idle timeout ({@link SessionIdleTimeout}, {@code RK_SESSION_IDLE_MINUTES}) to every session.
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

    @Inject
    CookiePolicy cookies;

    @Inject
    SessionIdleTimeout idle;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        cookies.applyTo(event.getServletContext().getSessionCookieConfig());
        event.getServletContext().setSessionTimeout(idle.getMinutes());
    }
}
