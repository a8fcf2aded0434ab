package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.control.BrowserPolicy;
import id.ruangkonseling.platform.control.FramingOrigins;
import id.ruangkonseling.platform.control.PublicUrl;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/**
 * Headers every answer carries: no content sniffing; no referrer to other sites, so that the addresses
 * a person visits here never leak to a page they follow a link to; camera and microphone for our own pages
 * only (the calls), by {@code Permissions-Policy}; a Content-Security-Policy (see
 * {@link BrowserPolicy}) that lets only our own scripts run and only the registered platforms frame us;
 * HSTS when the public address is HTTPS; and {@code Cache-Control: no-store} on everything but static
 * resources, so that no browser or proxy keeps a page with counseling data.
 * <p>
 * Faces pages get their policy from PrimeFaces ({@code primefaces.CSP}), which adds its nonce to the
 * same text ({@link PagePolicy}); the response here lets that header replace this one instead of adding a
 * second policy, which the browser would enforce as well.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    @Inject
    FramingOrigins framing;

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", BrowserPolicy.PERMISSIONS_POLICY);
        response.setHeader(CSP, BrowserPolicy.contentSecurityPolicy(framing.current()));
        if (publicUrl.configuredAsHttps()) {
            response.setHeader("Strict-Transport-Security", BrowserPolicy.STRICT_TRANSPORT_SECURITY);
        }
        if (!BrowserPolicy.cacheable(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-store");
        }
        HttpServletRequest forPage = request.getDispatcherType() == DispatcherType.ERROR ? new NoPostback(request) : request;
        chain.doFilter(forPage, new OnePolicy(response));
    }

    /**
     * The request as an error page sees it: not a post-back of the page that failed (whose view state or
     * CSP nonce may be what was wrong), so that Faces and PrimeFaces render the error page afresh.
     */
    private static final class NoPostback extends HttpServletRequestWrapper {

        private static final String VIEW_STATE = "jakarta.faces.ViewState";

        NoPostback(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return VIEW_STATE.equals(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return VIEW_STATE.equals(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
            parameters.remove(VIEW_STATE);
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }

    /** A response on which a second Content-Security-Policy replaces the first. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
