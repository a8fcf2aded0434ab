package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.entity.Languages;
import id.ruangkonseling.platform.control.PublicUrl;
import id.ruangkonseling.platform.control.RequestAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@code GET /language?to=en&back=/path}: remembers the person's language in a cookie and sends them
 * back to the page they were on. {@code back} must be a path of this application, never another site.
 */
@WebServlet(LanguageSwitch.PATH)
public class LanguageSwitch extends HttpServlet {

    static final String PATH = "/language";

    @Inject
    PublicUrl publicUrl;

    @Inject
    LanguageCookie languageCookie;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        RequestAddress address = RequestAddress.of(request);
        Languages.supported(request.getParameter("to")).ifPresent(language -> languageCookie.remember(language, request, response));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", publicUrl.resolve(address, localPath(request.getParameter("back"))).toString());
    }

    /**
     * A path inside this application, or {@code /}: no scheme, no host, no {@code //other.site}, nothing
     * that is not a valid URI path and query.
     */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/";
        }
        try {
            URI uri = new URI(back);
            return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawFragment() == null ? back : "/";
        } catch (URISyntaxException notAPath) {
            return "/";
        }
    }
}
