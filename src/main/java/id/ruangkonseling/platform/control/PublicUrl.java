package id.ruangkonseling.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address the outside world uses to reach the service, so that every URL it hands out — LTI
 * redirect URIs above all — works from the LMS and the browser, also behind a TLS-terminating proxy.
 * <p>
 * {@code RK_PUBLIC_URL} wins when set. Otherwise, with {@code RK_TRUST_FORWARDED=true}, the proxy's
 * {@code X-Forwarded-Proto/Host/Port} headers; otherwise the address the request arrived at. Forwarded
 * headers are ignored by default: anyone can send them, and trusting them unasked would let a visitor
 * choose the URLs the service hands out.
 */
@ApplicationScoped
public class PublicUrl {

    private final URI configured;
    private final boolean trustForwarded;

    @Inject
    public PublicUrl(@ConfigProperty(name = "rk.public.url") Optional<String> configured,
                     @ConfigProperty(name = "rk.trust.forwarded", defaultValue = "false") boolean trustForwarded) {
        this.configured = configured.filter(url -> !url.isBlank()).map(PublicUrl::parse).orElse(null);
        this.trustForwarded = trustForwarded;
    }

    protected PublicUrl() {
        // for the CDI proxy
        this(Optional.empty(), false);
    }

    /** The base address without a trailing slash, e.g. {@code https://bk.sekolah.sch.id}. */
    public URI base(RequestAddress request) {
        if (configured != null) {
            return configured;
        }
        URI own = build(request.scheme(), request.host(), request.port(), request.contextPath());
        return trustForwarded ? forwarded(request).orElse(own) : own;
    }

    /** What the proxy's headers say, when they say something that forms a valid address. */
    private static Optional<URI> forwarded(RequestAddress request) {
        String proto = first(request.forwardedProto());
        String scheme = proto == null ? request.scheme() : proto.toLowerCase(Locale.ROOT);
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            return Optional.empty();
        }
        try {
            int port = proto == null ? request.port() : defaultPort(scheme);
            String host = request.host();
            String forwardedHost = first(request.forwardedHost());
            if (forwardedHost != null) {
                URI hostAndPort = new URI(null, forwardedHost, null, null, null).parseServerAuthority();
                host = hostAndPort.getHost();
                port = hostAndPort.getPort() > 0 ? hostAndPort.getPort() : port;
            }
            String forwardedPort = first(request.forwardedPort());
            if (forwardedPort != null) {
                port = Integer.parseInt(forwardedPort);
            }
            return host == null ? Optional.empty() : Optional.of(build(scheme, host, port, request.contextPath()));
        } catch (URISyntaxException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** An absolute public URL for a path inside the application, such as {@code /lti/launch}. */
    public URI resolve(RequestAddress request, String localPath) {
        if (!localPath.startsWith("/")) {
            throw new IllegalArgumentException("not an application path: " + localPath);
        }
        return URI.create(base(request) + localPath);
    }

    /** Whether the configured public address is HTTPS, which decides how the session cookie is sent. */
    public boolean configuredAsHttps() {
        return configured != null && "https".equals(configured.getScheme());
    }

    private static URI build(String scheme, String host, int port, String contextPath) {
        boolean defaultPort = ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        try {
            return new URI(scheme, null, host, defaultPort ? -1 : port, contextPath, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot form a public URL from the request: " + e.getMessage(), e);
        }
    }

    private static URI parse(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(invalid(value), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean httpScheme = "https".equals(scheme) || "http".equals(scheme);
        if (!httpScheme || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getQuery() != null
                || uri.getFragment() != null) {
            throw new IllegalArgumentException(invalid(value));
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        return build(scheme, uri.getHost(), uri.getPort() < 0 ? defaultPort(scheme) : uri.getPort(), path);
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }

    private static String invalid(String value) {
        return "RK_PUBLIC_URL must be an absolute http(s) address such as https://bk.sekolah.sch.id, not: " + value;
    }

    private static String first(String headerValue) {
        if (headerValue == null) {
            return null;
        }
        String first = headerValue.split(",", 2)[0].strip();
        return first.isEmpty() ? null : first;
    }
}
