package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.platform.control.PublicUrl;
import id.ruangkonseling.platform.control.RequestAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Backs {@code /lti/config}: every address an LMS admin pastes to register the tool by hand (Moodle's
 * "configure a tool manually"), or to start a dynamic registration, as the outside world reaches them.
 */
@Named
@RequestScoped
public class LtiConfigPage {

    static final String LOGIN = "/lti/login";
    static final String LAUNCH = "/lti/launch";
    static final String REGISTER = "/lti/register";

    @Inject
    PublicUrl publicUrl;

    @Inject
    HttpServletRequest request;

    public String getLaunchUrl() {
        return url(LAUNCH);
    }

    public String getLoginUrl() {
        return url(LOGIN);
    }

    public String getJwksUrl() {
        return url(ToolJwks.PATH);
    }

    public String getRegistrationUrl() {
        return url(REGISTER);
    }

    private String url(String path) {
        return publicUrl.resolve(RequestAddress.of(request), path).toString();
    }
}
