package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.LaunchRejected;
import id.ruangkonseling.lti.control.LoginParameters;
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

/**
 * {@code GET} and {@code POST /lti/login}: where a platform starts a launch (OIDC third-party login
 * initiation). Sends the browser on to the platform's authorization endpoint, or tells the LMS admin
 * what to fix.
 */
@WebServlet(LtiPaths.LOGIN)
public class OidcLogin extends HttpServlet {

    @Inject
    LoginInitiation logins;

    @Inject
    PublicUrl publicUrl;

    @Inject
    LaunchRefusal refusal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        ToolAddress tool = new ToolAddress(publicUrl.base(RequestAddress.of(request)));
        try {
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(logins.begin(LoginParameters.from(request::getParameter), tool).toString());
        } catch (LaunchRejected rejected) {
            refusal.show(rejected, request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        doGet(request, response);
    }
}
