package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.entity.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** The language of this request's page, and the link that switches to the other one. */
@Named
@RequestScoped
public class LanguageSelection {

    static final String COOKIE = "rk_lang";

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Languages.choose(chosenLanguage(), request.getHeader("Accept-Language"));
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().toLanguageTag();
    }

    public String getOtherLanguage() {
        return Languages.other(getLocale()).toLanguageTag();
    }

    /** {@code /language?to=…&back=…}: switches and comes back to this page. */
    public String getSwitchUrl() {
        return request.getContextPath() + LanguageSwitch.PATH + "?to=" + getOtherLanguage()
                + "&back=" + URLEncoder.encode(currentPath(), StandardCharsets.UTF_8);
    }

    private String chosenLanguage() {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    private String currentPath() {
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failedUri instanceof String s ? s : request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        return path.isEmpty() ? "/" : path;
    }
}
