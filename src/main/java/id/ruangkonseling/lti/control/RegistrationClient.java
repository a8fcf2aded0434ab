package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The tool's side of LTI Dynamic Registration 1.0 on the wire: fetches the platform's configuration and
 * posts the tool's client registration to it. Follows no redirects and reads at most 64 KiB an answer.
 */
@ApplicationScoped
public class RegistrationClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int MAX_ANSWER = 64 * 1024;
    private static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** What the platform gave back: the tool's client id there, and the deployment it created. */
    public record RegisteredClient(String clientId, String deploymentId) {
    }

    public PlatformConfiguration configuration(URI openidConfiguration) throws LaunchRejected {
        JsonObject json = json(send(HttpRequest.newBuilder(openidConfiguration).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build(), Reason.PLATFORM_CONFIGURATION_UNREADABLE),
                Reason.PLATFORM_CONFIGURATION_UNREADABLE);
        return PlatformConfiguration.read(json, openidConfiguration);
    }

    public RegisteredClient register(PlatformConfiguration platform, JsonObject toolClient, Optional<String> token)
            throws LaunchRejected {
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.registrationEndpoint()).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toolClient.toString()));
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        JsonObject answer = json(send(request.build(), Reason.REGISTRATION_REFUSED), Reason.REGISTRATION_REFUSED);
        String clientId = text(answer, "client_id");
        JsonValue configuration = answer.get(TOOL_CONFIGURATION);
        String deploymentId = configuration instanceof JsonObject object ? text(object, "deployment_id") : null;
        if (clientId == null || deploymentId == null) {
            throw new LaunchRejected(Reason.REGISTRATION_REFUSED, "the answer names no client_id or deployment_id");
        }
        return new RegisteredClient(clientId, deploymentId);
    }

    private String send(HttpRequest request, Reason failure) throws LaunchRejected {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new LaunchRejected(failure, request.uri() + " answered " + answer.statusCode());
            }
            if (answer.body().length() > MAX_ANSWER) {
                throw new LaunchRejected(failure, request.uri() + " answered more than " + MAX_ANSWER + " characters");
            }
            return answer.body();
        } catch (IOException e) {
            throw new LaunchRejected(failure, request.uri() + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchRejected(failure, "interrupted", e);
        }
    }

    private static JsonObject json(String body, Reason failure) throws LaunchRejected {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException notAnObject) {
            throw new LaunchRejected(failure, "the answer is not a JSON object", notAnObject);
        }
    }

    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString value ? value.getString() : null;
    }
}
