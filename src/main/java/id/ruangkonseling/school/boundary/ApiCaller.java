package id.ruangkonseling.school.boundary;

import id.ruangkonseling.platform.boundary.ApiError;
import id.ruangkonseling.platform.boundary.ApiTexts;
import id.ruangkonseling.platform.control.PublicUrl;
import id.ruangkonseling.platform.control.RequestAddress;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Every API call runs in the session a launch signed in: without one it is a {@code 401} in JSON (not the
 * sign-in page). A call that changes something must come from the service's own pages — its
 * {@code Origin} (or, where a browser sends none, its {@code Referer}) is the public address — so that
 * another site cannot make a signed-in browser post (CSRF); else {@code 403}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiCaller implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    SignedInMember signedIn;

    @Inject
    PublicUrl publicUrl;

    @Inject
    ApiTexts texts;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (servletRequest.getSession(false) == null || signedIn.getMemberId() == null) {
            request.abortWith(ApiError.response(Response.Status.UNAUTHORIZED, texts.of("api.signedOut")));
            return;
        }
        if (!SAFE.contains(request.getMethod()) && !sameOrigin(request)) {
            request.abortWith(ApiError.response(Response.Status.FORBIDDEN, texts.of("api.crossSite")));
        }
    }

    private boolean sameOrigin(ContainerRequestContext request) {
        URI own = publicUrl.base(RequestAddress.of(servletRequest));
        String claimed = Optional.ofNullable(request.getHeaderString("Origin"))
                .orElse(request.getHeaderString("Referer"));
        if (claimed == null || claimed.isBlank() || "null".equals(claimed)) {
            return false;
        }
        try {
            URI uri = URI.create(claimed.strip());
            return own.getScheme().equalsIgnoreCase(uri.getScheme()) && own.getHost().equalsIgnoreCase(uri.getHost())
                    && port(own) == port(uri);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
