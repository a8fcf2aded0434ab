package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.control.CookiePolicy;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Applies the {@link CookiePolicy} to the session cookie when the application starts. */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

    @Inject
    CookiePolicy cookies;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        cookies.applyTo(event.getServletContext().getSessionCookieConfig());
    }
}
