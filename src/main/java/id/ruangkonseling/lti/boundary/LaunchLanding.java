package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.entity.DeepLinkRequest;
import id.ruangkonseling.lti.control.LaunchRejected;
import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import id.ruangkonseling.lti.control.LaunchedMember;
import id.ruangkonseling.lti.control.ToolPlace;
import id.ruangkonseling.platform.boundary.LanguageCookie;
import id.ruangkonseling.platform.entity.Languages;
import id.ruangkonseling.platform.control.PublicUrl;
import id.ruangkonseling.platform.control.RequestAddress;
import id.ruangkonseling.school.entity.Role;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /lti/launch}: where the platform posts the launch, and {@code GET /lti/resume}, where its
 * ticket continues it in a new window. {@link LtiAuthenticationMechanism} has already checked them; this
 * sends the person to their role's home in the launch's language, or shows why it was refused. A
 * launch's redirect carries its ticket in the fragment ({@code #rk-ticket=}), which never reaches a
 * server: if the LMS's iframe keeps no cookie, the page that says so offers the new window with it.
 */
@WebServlet({LtiPaths.LAUNCH, LtiPaths.RESUME})
public class LaunchLanding extends HttpServlet {

    private static final Map<Role, String> HOMES = Map.of(Role.STUDENT, "/student/", Role.TEACHER, "/teacher/",
            Role.COUNSELOR, "/counselor/", Role.SCHOOL_ADMIN, "/admin/");

    static final String TICKET_FRAGMENT = "rk-ticket=";

    /** The needs assessment's page under each role's home, for one course. */
    static final String NEEDS_PAGE = "needs?course=";

    /** The page of the frame a new window continues ({@code /lti/resume?page=}), when it is one a link opens. */
    static final String PAGE_PARAMETER = "page";

    @Inject
    LaunchRefusal refusal;

    @Inject
    LaunchResumption resumption;

    @Inject
    DeepLinkOffers offers;

    @Inject
    PublicUrl publicUrl;

    @Inject
    LanguageCookie languageCookie;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (request.getAttribute(LtiAuthenticationMechanism.LAUNCHED_ATTRIBUTE) instanceof LaunchedMember member) {
            land(member, request, response);
        } else if (request.getAttribute(LtiAuthenticationMechanism.REJECTED_ATTRIBUTE) instanceof LaunchRejected rejected) {
            refusal.show(rejected, request, response);
        } else {
            refusal.show(new LaunchRejected(Reason.MISSING_PARAMETER, "no launch was posted"), request, response);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (LtiPaths.RESUME.equals(request.getServletPath())) {
            doPost(request, response);
            return;
        }
        refusal.show(new LaunchRejected(Reason.MISSING_PARAMETER, "a launch is a POST from the platform"), request, response);
    }

    private void land(LaunchedMember member, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Role home = member.homeRole().orElse(null);
        if (home == null) {
            refusal.show(new LaunchRejected(Reason.NO_USABLE_ROLE, "roles give no access"), request, response);
            return;
        }
        member.locale().flatMap(Languages::supported)
                .ifPresent(language -> languageCookie.remember(language, request, response));
        String destination = publicUrl.resolve(RequestAddress.of(request), continued(request, home)
                .orElseGet(() -> destination(member, home))).toString();
        // a deep-linking chooser is reached by its offer, never by a session, so it needs no ticket
        boolean ticket = LtiPaths.LAUNCH.equals(request.getServletPath()) && member.deepLinkingAllowed().isEmpty();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Location", ticket
                ? destination + "#" + TICKET_FRAGMENT + resumption.landingTicketFor(member, request.getSession())
                : destination);
    }

    /**
     * A new window opens the page of the frame it continues, when that is the needs page a link opened for the
     * person's role (a ticket knows no course); any other page is ignored, so the window opens the role's home.
     */
    private static Optional<String> continued(HttpServletRequest request, Role home) {
        String prefix = HOMES.get(home) + NEEDS_PAGE;
        return Optional.ofNullable(request.getParameter(PAGE_PARAMETER)).filter(page -> LtiPaths.RESUME.equals(request.getServletPath())
                && page.startsWith(prefix) && page.substring(prefix.length()).matches("[0-9]{1,18}"));
    }

    /**
     * A Deep Linking request goes to the chooser, by an offer that works without cookies (Moodle shows
     * it in a dialog); a teacher's link to the referral place opens it on their home; a link to the needs
     * assessment opens its page of the person's role for the course it came from (by path: lti knows no needs).
     */
    private String destination(LaunchedMember member, Role home) {
        Optional<DeepLinkRequest> deepLinking = member.deepLinkingAllowed();
        if (deepLinking.isPresent()) {
            return DeepLinkPage.PATH + "?" + DeepLinkPage.OFFER_PARAMETER + "=" + offers.offer(deepLinking.get());
        }
        if (member.place().filter(ToolPlace.NEEDS::equals).isPresent() && member.courseId().isPresent()
                && home != Role.SCHOOL_ADMIN) {
            return HOMES.get(home) + NEEDS_PAGE + member.courseId().get();
        }
        boolean referral = home == Role.TEACHER && member.place().filter(ToolPlace.REFERRAL::equals).isPresent();
        return HOMES.get(home) + (referral ? "?place=" + ToolPlace.REFERRAL.customValue() : "");
    }
}
