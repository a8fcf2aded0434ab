package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.LaunchRejected;
import id.ruangkonseling.lti.control.LaunchedMember;
import id.ruangkonseling.lti.control.ToolAddress;
import id.ruangkonseling.platform.control.PublicUrl;
import id.ruangkonseling.platform.control.RequestAddress;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signs people in the only way the tool has: an LTI 1.3 launch posted to {@code /lti/launch}. A valid
 * launch starts a fresh session (never the one the browser brought) whose caller is the member and
 * whose groups are their roles; the session then carries the sign-in. Any other request passes
 * through untouched, and pages of a role need that role.
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
    PublicUrl publicUrl;

    @Inject
    SignedInMember signedIn;

    @Inject
    PendingDeepLink pendingDeepLink;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!isLaunch(request)) {
            if (request.getSession(false) != null && signedIn.getMemberId() != null) {
                return context.notifyContainerAboutLogin(principal(signedIn.getMemberId()), groups(signedIn.roles()));
            }
            // a role's page without a session: 401, whose error page says to open the tool from the LMS
            return context.isProtected() ? context.responseUnauthorized() : context.doNothing();
        }
        try {
            LaunchedMember member = launches.complete(request.getParameter("state"), request.getParameter("id_token"),
                    new ToolAddress(publicUrl.base(RequestAddress.of(request))));
            freshSession(request);
            signedIn.signIn(member.memberId(), member.schoolId(), member.displayName().orElse(null), member.roles());
            member.deepLinkingAllowed().ifPresent(pendingDeepLink::hold);
            request.setAttribute(LAUNCHED_ATTRIBUTE, member);
            return context.notifyContainerAboutLogin(principal(member.memberId()), groups(member.roles()));
        } catch (LaunchRejected rejected) {
            request.setAttribute(REJECTED_ATTRIBUTE, rejected);
            return context.doNothing();
        }
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

    private static boolean isLaunch(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && LtiPaths.LAUNCH.equals(request.getRequestURI().substring(request.getContextPath().length()));
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
