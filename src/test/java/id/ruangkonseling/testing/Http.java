package id.ruangkonseling.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * A visitor's HTTP client for one server: keeps cookies, does not follow redirects. Paths are on that
 * server; an absolute {@code http(s)://} address goes where it says (a platform's page, say).
 */
public final class Http {

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public Http(PayaraMicro server) {
        this(server.uri(""), null);
    }

    /** A visitor of {@code base} (e.g. {@code https://localhost:8443}) whose client trusts what {@code tls} trusts. */
    public Http(URI base, SSLContext tls) {
        this.base = base;
        // HTTP/1.1, as browsers and nginx speak to the service: the JDK's client would otherwise ask to upgrade to
        // cleartext HTTP/2, which the service declines (PlainListenerIT) and under which Payara mislays answers
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5));
        this.client = (tls == null ? builder : builder.sslContext(tls)).build();
    }

    /** GET with optional header name/value pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    /** GET of a download, its body as bytes (a PDF, say). */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** POST of a form body ({@code a=1&b=2}) with optional header name/value pairs. */
    public HttpResponse<String> postForm(String path, String form, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** POST of a JSON body with optional header name/value pairs (the chat API's tests). */
    public HttpResponse<String> postJson(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** PUT of a JSON body with optional header name/value pairs. */
    public HttpResponse<String> putJson(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** POST of {@code body} as it is, with only the given header name/value pairs (no Content-Type of its own). */
    public HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, Duration timeout, String... headers) {
        return send(request(path, headers).timeout(timeout).POST(body).build());
    }

    /** Asks {@code path} again until it answers {@code status}; the last answer, whatever it was. */
    public HttpResponse<String> awaitStatus(String path, int status, Duration deadline) {
        return Poll.until(deadline, () -> Optional.of(get(path)).filter(r -> r.statusCode() == status))
                .orElseGet(() -> get(path));
    }

    /** The value of this visitor's cookie {@code name}, e.g. to hand their session to a real browser. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        URI address = path.startsWith("http://") || path.startsWith("https://") ? URI.create(path) : URI.create(base + path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
