package id.ruangkonseling.platform.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules a browser is told to keep for the service's answers: which scripts may run (our own files,
 * plus the inline scripts PrimeFaces marks with the request's nonce), who may frame the pages (the
 * service itself and the registered platforms, which show it in an iframe) and that HTTPS stays on.
 * Pure text, built here so that the rules can be read and tested in one place.
 */
public final class BrowserPolicy {

    /** Everything but scripts and framing: own files only, inline styles (PrimeFaces sets them), no plugins. */
    private static final String BASE = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'";

    /**
     * Camera and microphone for the service's own pages (the calls), also inside the LMS's frame, whose
     * {@code allow} attribute grants them to the tool's origin; nothing else a page could ask a device for.
     */
    public static final String PERMISSIONS_POLICY = "camera=(self), microphone=(self), display-capture=(), geolocation=(), "
            + "payment=(), usb=()";

    /** A year: the browser then refuses plain HTTP to this host even when a link or a person asks for it. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private BrowserPolicy() {
    }

    /**
     * The Content-Security-Policy for an answer framed by {@code frameAncestors} (origins), ending in
     * {@code script-src 'self'} so that PrimeFaces can append the request's {@code 'nonce-…'} to it.
     */
    public static String contentSecurityPolicy(Collection<String> frameAncestors) {
        StringBuilder policy = new StringBuilder(BASE).append("; frame-ancestors 'self'");
        new TreeSet<>(frameAncestors).forEach(origin -> policy.append(' ').append(origin));
        return policy.append("; script-src 'self'").toString();
    }

    /** The same policy with the nonce this answer's inline scripts carry. */
    public static String contentSecurityPolicy(Collection<String> frameAncestors, String nonce) {
        if (!nonce.matches("[A-Za-z0-9+/=_-]+")) {
            throw new IllegalArgumentException("not a nonce");
        }
        return contentSecurityPolicy(frameAncestors) + " 'nonce-" + nonce + "'";
    }

    /**
     * The origin ({@code scheme://host[:port]}) of an http(s) address, lower-cased, or empty for anything
     * else: what a registered platform may contribute to {@code frame-ancestors}, and nothing that could
     * break out of the header (no quotes, spaces, semicolons or wildcards).
     */
    public static Optional<String> origin(String address) {
        if (address == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!Set.of("http", "https").contains(scheme) || host == null || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port < 0 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
            return Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    /** Whether an answer for this path may be kept by the browser: only Faces' versioned static resources. */
    public static boolean cacheable(String pathInApplication) {
        return pathInApplication.startsWith("/jakarta.faces.resource/");
    }
}
