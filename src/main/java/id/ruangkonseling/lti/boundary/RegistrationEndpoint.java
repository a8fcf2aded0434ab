package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.LaunchRejected;
import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import id.ruangkonseling.lti.control.LtiAddresses;
import id.ruangkonseling.lti.control.ToolAddress;
import id.ruangkonseling.platform.control.PublicUrl;
import id.ruangkonseling.platform.control.RequestAddress;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /lti/register}: where an LMS admin's "add LTI Advantage tool" lands (LTI Dynamic
 * Registration 1.0). It needs the operator's one-time {@code invitation} in the address, unless
 * {@code RK_LTI_OPEN_REGISTRATION=true}: the tool fetches the address it is given, so an open door must be a decision.
 */
@WebServlet(LtiPaths.REGISTER)
public class RegistrationEndpoint extends HttpServlet {

    static final String SCHOOL_ATTRIBUTE = "id.ruangkonseling.lti.registeredSchool";

    @Inject
    DynamicRegistration registration;

    @Inject
    PublicUrl publicUrl;

    @Inject
    LaunchRefusal refusal;

    @Inject
    @ConfigProperty(name = "rk.lti.open.registration", defaultValue = "false")
    boolean open;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        try {
            Optional<String> invitation = parameter(request, "invitation");
            if (!open && invitation.isEmpty()) {
                throw new LaunchRejected(Reason.REGISTRATION_CLOSED, "no invitation, and RK_LTI_OPEN_REGISTRATION is not true");
            }
            URI configuration = LtiAddresses.parse(request.getParameter("openid_configuration")).orElseThrow(
                    () -> new LaunchRejected(Reason.MISSING_PARAMETER, "no valid openid_configuration"));
            String school = registration.register(configuration, parameter(request, "registration_token"), invitation,
                    new ToolAddress(publicUrl.base(RequestAddress.of(request))));
            request.setAttribute(SCHOOL_ATTRIBUTE, school);
            response.setHeader("Cache-Control", "no-store");
            request.getRequestDispatcher("/lti/registered.xhtml").forward(request, response);
        } catch (LaunchRejected rejected) {
            refusal.show(rejected, request, response);
        }
    }

    private static Optional<String> parameter(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getParameter(name)).filter(value -> !value.isBlank());
    }
}
