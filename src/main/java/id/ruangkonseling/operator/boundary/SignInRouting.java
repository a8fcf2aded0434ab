package id.ruangkonseling.operator.boundary;

import id.ruangkonseling.lti.boundary.LtiAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Which sign-in a request belongs to (Jakarta Security 4 handler): the operator console's own under
 * {@code /operator/}, the LTI launch everywhere else. The two never sign anyone in for the other.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SignInRouting implements HttpAuthenticationMechanismHandler {

    static final String CONSOLE = "/operator/";

    @Inject
    LtiAuthenticationMechanism launches;

    @Inject
    OperatorAuthenticationMechanism operators;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        return mechanismFor(request).validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return mechanismFor(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        mechanismFor(request).cleanSubject(request, response, context);
    }

    private HttpAuthenticationMechanism mechanismFor(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + CONSOLE) ? operators : launches;
    }
}
