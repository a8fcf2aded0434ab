package id.ruangkonseling.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a session lasts without a request ({@code RK_SESSION_IDLE_MINUTES}, 30 by default), and when
 * the page warns before it ends: two minutes before, or at a quarter of a shorter timeout. The page
 * template reads it ({@code #{sessionIdle…}}) for its warning banner; {@link SessionCookiePolicy} applies it.
 */
@Named("sessionIdle")
@ApplicationScoped
public class SessionIdleTimeout {

    private static final int WARNING_SECONDS = 120;

    private final int minutes;

    @Inject
    public SessionIdleTimeout(@ConfigProperty(name = "rk.session.idle.minutes", defaultValue = "30") int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("RK_SESSION_IDLE_MINUTES must be at least 1, not " + minutes);
        }
        this.minutes = minutes;
    }

    protected SessionIdleTimeout() {
        // for the CDI proxy
        this.minutes = 30;
    }

    public int getMinutes() {
        return minutes;
    }

    public int getSeconds() {
        return minutes * 60;
    }

    /** Seconds after the last request when the page shows its warning. */
    public int getWarnAfterSeconds() {
        return getSeconds() - Math.min(WARNING_SECONDS, getSeconds() / 4);
    }
}
