package id.ruangkonseling.platform.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.Map;

/**
 * Turns whatever an API call throws into {@link ApiError} JSON with the right status: a body that is not
 * the JSON asked for is a 400, the JAX-RS exceptions keep theirs (an unknown path stays 404), anything
 * else is a 500 that says only that something went wrong; the details go to the log.
 */
@Provider
public class ApiFailures implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(ApiFailures.class.getName());

    @Inject
    ApiTexts texts;

    @Override
    public Response toResponse(Throwable failure) {
        if (notJson(failure)) {
            return ApiError.response(400, texts.of("api.notJson"), Map.of());
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return ApiError.response(status, texts.of(status == 404 ? "api.notFound" : "api.refused"), Map.of());
        }
        return unexpected(failure, texts.of("api.failed"));
    }

    /** A 500 saying {@code message}; the failure goes to the log, never to the client. */
    public static Response unexpected(Throwable failure, String message) {
        LOG.log(Level.ERROR, "an API call failed", failure);
        return ApiError.response(500, message, Map.of());
    }

    private static boolean notJson(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
