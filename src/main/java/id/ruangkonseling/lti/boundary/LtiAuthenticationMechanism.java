package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.LaunchRejected;
import id.ruangkonseling.lti.control.LaunchedMember;
import id.ruangkonseling.lti.control.Lti11Form;
import id.ruangkonseling.lti.control.ToolAddress;
import id.ruangkonseling.platform.boundary.RestApi;
import id.ruangkonseling.platform.control.PublicUrl;
import id.ruangkonseling.platform.control.RequestAddress;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signs people in the only way the tool has: an LTI launch posted to {@code /lti/launch} — LTI 1.3 or
 * (from older Moodle sites) LTI 1.1, each checked by its own completion — or that launch's ticket
 * opened at {@code /lti/resume} in a new window. Either starts a fresh session (never the one the
 * browser brought) whose caller is the member and whose groups are their roles; the session then
 * carries the sign-in: the container's caller and groups for pages, of which those of a role need that role; the
 * JSON API reads the session's member itself. Any other request passes through untouched.
 * <p>
 * Not {@code @AutoApplySession}: that would answer every request of a signed-in session from the session
 * without asking this mechanism, so a second launch in the same browser (another course, another role)
 * would never be verified. The session's sign-in is applied here instead, for anything but a launch.
 */
@ApplicationScoped
public class LtiAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LAUNCHED_ATTRIBUTE = "id.ruangkonseling.lti.launched";
    static final String REJECTED_ATTRIBUTE = "id.ruangkonseling.lti.rejected";

    @Inject
    LaunchCompletion launches;

    @Inject
    Lti11LaunchCompletion lti11Launches;

    @Inject
    LaunchResumption resumption;

    @Inject
    PublicUrl publicUrl;

    @Inject
    SignedInMember signedIn;

    @Inject
    LaunchRecords records;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if ("POST".equals(request.getMethod()) && LtiPaths.LAUNCH.equals(path)) {
                return signIn(verified(request), false, request, context);
            }
            if ("GET".equals(request.getMethod()) && LtiPaths.RESUME.equals(path)) {
                Optional<Long> signedInNow = request.getSession(false) == null ? Optional.empty() : Optional.ofNullable(signedIn.getMemberId());
                return signIn(resumption.redeem(request.getParameter("ticket"), signedInNow), true, request, context);
            }
        } catch (LaunchRejected rejected) {
            request.setAttribute(REJECTED_ATTRIBUTE, rejected);
            records.refused(rejected);
            return context.doNothing();
        }
        if (request.getSession(false) != null && signedIn.getMemberId() != null) {
            resumption.landingTicketBack(request.getSession()).ifPresent(resumption::voidTicket);
            // The JSON API needs no role of the container's: it asks the session's member itself (ApiCaller). Its
            // calls, a chat's polls above all, are most of the traffic, and the container's sign-in was about 4 % of
            // an idle poll's CPU (docs/performance.md).
            return RestApi.serves(request) ? context.doNothing()
                    : context.notifyContainerAboutLogin(principal(signedIn.getMemberId()), groups(signedIn.roles()));
        }
        // a role's page without a session: 401, whose error page says to open the tool from the LMS
        return context.isProtected() ? context.responseUnauthorized() : context.doNothing();
    }

    private AuthenticationStatus signIn(LaunchedMember member, boolean resumed, HttpServletRequest request,
                                        HttpMessageContext context) {
        HttpSession brought = request.getSession(false);
        if (brought != null && brought.getAttribute(LaunchResumption.MEMBER_ATTRIBUTE) instanceof Long earlier) {
            resumption.voidTicketsOf(earlier); // that session ends here, as a sign-out would end it
        }
        freshSession(request);
        request.getSession().setAttribute(LaunchResumption.MEMBER_ATTRIBUTE, member.memberId());
        signedIn.signIn(member.memberId(), member.schoolId(), member.displayName().orElse(null), member.roles());
        request.setAttribute(LAUNCHED_ATTRIBUTE, member);
        records.signedIn(signedIn.launchedAs(member.homeRole()), member, resumed);
        return context.notifyContainerAboutLogin(principal(member.memberId()), groups(member.roles()));
    }

    /** An LTI 1.1 form ({@code lti_version=LTI-1p0}) or else an LTI 1.3 {@code id_token} and {@code state}. */
    private LaunchedMember verified(HttpServletRequest request) throws LaunchRejected {
        RequestAddress address = RequestAddress.of(request);
        if (Lti11Form.VERSION.equals(request.getParameter("lti_version"))) {
            return lti11Launches.complete(request.getParameterMap(), publicUrl.resolve(address, LtiPaths.LAUNCH));
        }
        return launches.complete(request.getParameter("state"), request.getParameter("id_token"),
                new ToolAddress(publicUrl.base(address)));
    }

    /** The container's group, and so the web.xml role, that stands for a role: {@code school-admin}. */
    public static String group(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static CallerPrincipal principal(Long memberId) {
        return new CallerPrincipal("member-" + memberId);
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(LtiAuthenticationMechanism::group).collect(Collectors.toSet());
    }

    /**
     * Empties whatever session the browser brought and gives it a new id, so that no one can plant a
     * session id before a launch and nothing of an earlier launch (another person, on a shared computer)
     * stays. Not {@code invalidate()}: this request's session-scoped beans would stay bound to the dead
     * session, and the sign-in written to them would be lost.
     */
    private static void freshSession(HttpServletRequest request) {
        HttpSession brought = request.getSession(false);
        if (brought == null) {
            request.getSession(true);
            return;
        }
        Collections.list(brought.getAttributeNames()).forEach(brought::removeAttribute);
        request.changeSessionId();
    }
}
