package id.ruangkonseling.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the service's cookies travel. Always {@code HttpOnly}. When the public address is HTTPS also
 * {@code Secure; SameSite=None; Partitioned}: the LMS shows the tool in an iframe of another site,
 * browsers send only such cookies there, and browsers that block third-party cookies still keep a
 * partitioned one for that LMS. Over plain HTTP (a developer's machine), where browsers refuse
 * {@code SameSite=None} without {@code Secure}, {@code SameSite=Lax}.
 * <p>
 * Payara writes the session cookie itself and leaves out what {@link SessionCookieConfig#setAttribute}
 * asks for, so its {@code Set-Cookie} header is rewritten with {@link #sessionCookie(String)}.
 */
@ApplicationScoped
public class CookiePolicy {

    private static final Set<String> DECIDED_HERE = Set.of("secure", "httponly", "samesite", "partitioned");

    private final boolean https;

    @Inject
    public CookiePolicy(PublicUrl publicUrl) {
        this.https = publicUrl.configuredAsHttps();
    }

    protected CookiePolicy() {
        // for the CDI proxy
        this.https = false;
    }

    /** What the container can do for the session cookie on its own: {@code HttpOnly}, {@code Secure}. */
    public void applyTo(SessionCookieConfig session) {
        session.setHttpOnly(true);
        session.setSecure(https);
    }

    public void applyTo(Cookie cookie) {
        cookie.setHttpOnly(true);
        cookie.setSecure(https);
        sameSiteAndPartitioning().forEach(cookie::setAttribute);
    }

    /**
     * A {@code Set-Cookie} header as the container wrote it, with this policy's attributes instead of
     * whatever it said about them: its name, value, path, domain and expiry stay. A {@code Secure} the
     * container added (a request that came over TLS) stays too. Written again, it comes out the same.
     */
    public String sessionCookie(String header) {
        List<String> parts = new ArrayList<>();
        boolean secure = https;
        for (String part : header.split(";")) {
            String trimmed = part.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String attribute = trimmed.split("=", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (parts.isEmpty() || !DECIDED_HERE.contains(attribute)) {
                parts.add(trimmed);
            } else if (attribute.equals("secure")) {
                secure = true;
            }
        }
        if (secure) {
            parts.add("Secure");
        }
        parts.add("HttpOnly");
        sameSiteAndPartitioning().forEach((name, value) -> parts.add(value.isEmpty() ? name : name + "=" + value));
        return String.join("; ", parts);
    }

    private Map<String, String> sameSiteAndPartitioning() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("SameSite", https ? "None" : "Lax");
        if (https) {
            attributes.put("Partitioned", "");
        }
        return attributes;
    }
}
