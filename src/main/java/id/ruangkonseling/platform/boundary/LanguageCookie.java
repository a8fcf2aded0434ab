package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.control.CookiePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;

/** Remembers a person's language for a year, whether they chose it or their LMS launch named it. */
@ApplicationScoped
public class LanguageCookie {

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Inject
    CookiePolicy cookies;

    public void remember(Locale language, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(LanguageSelection.COOKIE, language.toLanguageTag());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookies.applyTo(cookie);
        response.addCookie(cookie);
    }
}
