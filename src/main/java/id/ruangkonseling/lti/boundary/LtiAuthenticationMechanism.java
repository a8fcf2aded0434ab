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
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signs people in the only way the tool has: an LTI 1.3 launch posted to {@code /lti/launch}. A valid
 * launch starts a fresh session (never the one the browser brought) whose caller is the member and
 * whose groups are their roles; the session then carries the sign-in. Any other request passes
 * through untouched, and pages of a role need that role.
 */
@ApplicationScoped
@AutoApplySession
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
            return context.notifyContainerAboutLogin(new CallerPrincipal("member-" + member.memberId()),
                    groups(member.roles()));
        } catch (LaunchRejected rejected) {
            request.setAttribute(REJECTED_ATTRIBUTE, rejected);
            return context.doNothing();
        }
    }

    /** The container's group, and so the web.xml role, that stands for a role: {@code school-admin}. */
    public static String group(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(LtiAuthenticationMechanism::group).collect(Collectors.toSet());
    }

    private static boolean isLaunch(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && LtiPaths.LAUNCH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Drops whatever session the browser brought, so that no one can plant a session id before a launch. */
    private static void freshSession(HttpServletRequest request) {
        HttpSession brought = request.getSession(false);
        if (brought != null) {
            brought.invalidate();
        }
        request.getSession(true);
    }
}
