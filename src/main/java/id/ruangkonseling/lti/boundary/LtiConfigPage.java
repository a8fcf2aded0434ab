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

    @Inject
    PublicUrl publicUrl;

    @Inject
    HttpServletRequest request;

    public String getLaunchUrl() {
        return url(LtiPaths.LAUNCH);
    }

    public String getLoginUrl() {
        return url(LtiPaths.LOGIN);
    }

    public String getJwksUrl() {
        return url(LtiPaths.JWKS);
    }

    public String getRegistrationUrl() {
        return url(LtiPaths.REGISTER);
    }

    private String url(String path) {
        return publicUrl.resolve(RequestAddress.of(request), path).toString();
    }
}
