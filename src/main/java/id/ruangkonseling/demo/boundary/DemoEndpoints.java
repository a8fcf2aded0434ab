package id.ruangkonseling.demo.boundary;

import id.ruangkonseling.demo.control.DemoPerson;
import id.ruangkonseling.demo.control.DemoPlatform;
import id.ruangkonseling.lti.boundary.LtiPaths;
import id.ruangkonseling.lti.control.LtiAddresses;
import id.ruangkonseling.lti.control.ToolPlace;
import id.ruangkonseling.platform.control.DataGrid;
import id.ruangkonseling.platform.control.Memo;
import id.ruangkonseling.platform.control.PublicUrl;
import id.ruangkonseling.platform.control.RequestAddress;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The demo platform on the wire: {@code /dev/launch?as=student&user=NAME} starts a launch at the tool's
 * own {@code /lti/login} ({@code &place=} opens a link deep-linked for that place, as {@code rk_place} names it); {@code /dev/auth} answers the tool's authorization request with a signed
 * id_token in an auto-posting form; {@code /dev/jwks.json} publishes the demo platform's key, and logs each fetch
 * of it (the benchmark counts them: the tool should fetch it about once, not once a launch).
 */
@WebServlet({DemoEndpoints.LAUNCH, DemoEndpoints.AUTH, DemoEndpoints.JWKS})
public class DemoEndpoints extends HttpServlet {

    static final String LAUNCH = "/dev/launch";
    static final String AUTH = "/dev/auth";
    static final String JWKS = "/dev/jwks.json";
    static final String POST_PAGE = "/dev/post.xhtml";
    private static final Logger LOG = System.getLogger(DemoEndpoints.class.getName());

    @Inject
    DataGrid grid;

    private final Memo<DemoPlatform> platform = new Memo<>(() -> new DemoPlatform(Clock.systemUTC(), grid.map("rk.demo-platform")));

    @Inject
    DemoSchool demoSchool;

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        switch (request.getServletPath()) {
            case LAUNCH -> launch(request, response);
            case AUTH -> authorize(request, response);
            default -> {
                LOG.log(Level.INFO, "Demo platform: its keys were fetched ({0})", JWKS);
                response.setContentType("application/json");
                response.getWriter().write(platform.get().publicKeys().toString());
            }
        }
    }

    private void launch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DemoPerson> person = DemoPerson.of(request.getParameter("as"), request.getParameter("user"));
        if (person.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/dev/");
            return;
        }
        RequestAddress address = RequestAddress.of(request);
        URI ownJwks = URI.create("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + JWKS);
        demoSchool.prepare(person.get(), publicUrl.resolve(address, AUTH), ownJwks);
        Map<String, String> login = new LinkedHashMap<>(Map.of(
                "iss", DemoPlatform.ISSUER,
                "login_hint", person.get().loginHint(),
                "target_link_uri", publicUrl.resolve(address, LtiPaths.LAUNCH).toString(),
                "client_id", DemoPlatform.CLIENT_ID,
                "lti_deployment_id", DemoPlatform.DEPLOYMENT_ID));
        // the platform's own hint travels through the tool's login back to /dev/auth, as Moodle's link id does
        ToolPlace.of(request.getParameter("place")).ifPresent(place -> login.put("lti_message_hint", place.customValue()));
        response.sendRedirect(LtiAddresses.withQuery(publicUrl.resolve(address, LtiPaths.LOGIN), login).toString());
    }

    private void authorize(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Optional<DemoPerson> person = DemoPerson.fromLoginHint(request.getParameter("login_hint"));
        String redirect = request.getParameter("redirect_uri");
        URI launch = publicUrl.resolve(RequestAddress.of(request), LtiPaths.LAUNCH);
        if (person.isEmpty() || !launch.toString().equals(redirect) || request.getParameter("nonce") == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        request.setAttribute("redirect", redirect);
        request.setAttribute("idToken", platform.get().idToken(person.get(), request.getParameter("nonce"), launch,
                ToolPlace.of(request.getParameter("lti_message_hint"))));
        request.setAttribute("state", request.getParameter("state"));
        request.getRequestDispatcher(POST_PAGE).forward(request, response);
    }
}
