package id.ruangkonseling.operator.boundary;

import id.ruangkonseling.operator.control.OperatorPassword;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Set;

/**
 * Signs the operator in with {@code RK_OPERATOR_PASSWORD}, given by the sign-in page through
 * {@code SecurityContext.authenticate}. A console page without that sign-in goes to the sign-in page.
 */
@ApplicationScoped
@AutoApplySession
public class OperatorAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The container's group, and so the web.xml role, of the operator. */
    public static final String GROUP = "operator";
    static final String SIGN_IN_PAGE = "/operator/sign-in";
    private static final Logger LOG = System.getLogger(OperatorAuthenticationMechanism.class.getName());

    @Inject
    OperatorPassword password;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!password.consoleOpen()) {
            return context.isProtected() ? context.responseNotFound() : context.doNothing();
        }
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential attempt) {
            if (password.matches(attempt.getPasswordAsString())) {
                if (request.getSession(false) != null) {
                    request.changeSessionId(); // a session id planted before the sign-in is worth nothing after it
                }
                return context.notifyContainerAboutLogin(new CallerPrincipal(GROUP), Set.of(GROUP));
            }
            LOG.log(Level.WARNING, "Operator sign-in refused: wrong password, from {0}", request.getRemoteAddr());
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.isProtected()
                ? context.redirect(request.getContextPath() + SIGN_IN_PAGE)
                : context.doNothing();
    }
}
