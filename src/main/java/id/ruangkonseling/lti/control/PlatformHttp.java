package id.ruangkonseling.lti.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;

/**
 * Calls to a platform's LTI services: bounded in time and size, following no redirects (a bearer token
 * must not travel to an address the platform did not name), every failure a {@link PlatformServiceFailed}.
 */
final class PlatformHttp {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_ANSWER = 2 * 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A JSON answer and its headers. */
    record Answer(int status, Map<String, Object> json, HttpResponse<String> raw) {
    }

    static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT);
    }

    /** The answer of a 2xx; any other status fails, except those in {@code tolerated}, which come back as they are. */
    Answer send(HttpRequest request, int... tolerated) throws PlatformServiceFailed {
        HttpResponse<String> answer = exchange(request);
        for (int status : tolerated) {
            if (answer.statusCode() == status) {
                return new Answer(status, Map.of(), answer);
            }
        }
        if (answer.statusCode() / 100 != 2) {
            throw new PlatformServiceFailed(request.method() + " " + request.uri() + " answered " + answer.statusCode());
        }
        if (answer.body().length() > MAX_ANSWER) {
            throw new PlatformServiceFailed(request.uri() + " answered more than " + MAX_ANSWER + " characters");
        }
        try {
            return new Answer(answer.statusCode(), JSONObjectUtils.parse(answer.body()), answer);
        } catch (ParseException notJson) {
            throw new PlatformServiceFailed(request.uri() + " answered no JSON object", notJson);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) throws PlatformServiceFailed {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PlatformServiceFailed(request.uri() + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformServiceFailed("interrupted while calling " + request.uri(), e);
        }
    }
}
