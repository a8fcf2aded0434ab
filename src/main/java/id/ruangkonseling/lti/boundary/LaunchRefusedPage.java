package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import id.ruangkonseling.platform.entity.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Backs {@code /lti/refused.xhtml}: why a launch was refused, in both languages at once, since the
 * person who sees it (a student, say) is rarely the one who fixes it (the LMS admin).
 */
@Named
@RequestScoped
public class LaunchRefusedPage {

    @Inject
    HttpServletRequest request;

    public String getIndonesian() {
        return explanation(Languages.INDONESIAN);
    }

    public String getEnglish() {
        return explanation(Languages.ENGLISH);
    }

    public String getCode() {
        return reason().name();
    }

    private String explanation(Locale language) {
        return ResourceBundle.getBundle("id.ruangkonseling.i18n.messages", language)
                .getString("launch.rejected." + reason().name());
    }

    private Reason reason() {
        return request.getAttribute(LaunchRefusal.REASON_ATTRIBUTE) instanceof Reason reason ? reason : Reason.MALFORMED;
    }
}
