package id.ruangkonseling.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;

/**
 * How the service's cookies travel. Always {@code HttpOnly}. When the public address is HTTPS also
 * {@code Secure; SameSite=None; Partitioned}: the LMS shows the tool in an iframe of another site,
 * browsers send only such cookies there, and browsers that block third-party cookies still keep a
 * partitioned one for that LMS. Over plain HTTP (a developer's machine), where browsers refuse
 * {@code SameSite=None} without {@code Secure}, {@code SameSite=Lax}.
 */
@ApplicationScoped
public class CookiePolicy {

    private static final String PARTITIONED = "Partitioned";

    private final boolean https;

    @Inject
    public CookiePolicy(PublicUrl publicUrl) {
        this.https = publicUrl.configuredAsHttps();
    }

    protected CookiePolicy() {
        // for the CDI proxy
        this.https = false;
    }

    public void applyTo(SessionCookieConfig session) {
        session.setHttpOnly(true);
        session.setSecure(https);
        session.setAttribute("SameSite", sameSite());
        if (https) {
            session.setAttribute(PARTITIONED, "");
        }
    }

    public void applyTo(Cookie cookie) {
        cookie.setHttpOnly(true);
        cookie.setSecure(https);
        cookie.setAttribute("SameSite", sameSite());
        if (https) {
            cookie.setAttribute(PARTITIONED, "");
        }
    }

    private String sameSite() {
        return https ? "None" : "Lax";
    }
}
