package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.entity.Invalid;
import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.platform.entity.NotPossible;
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
 * the JSON asked for, or a value a record does not take ({@link Invalid}), is a 400, a record that is not the caller's ({@link NotFound}) a 404 like any made-up
 * id, a step the record does not allow now ({@link NotPossible}) a 409 saying why, the JAX-RS exceptions
 * keep theirs (an unknown path stays 404, a body that is not JSON is a 415 saying what to send), anything else is a 500 that says only that something went
 * wrong; the details go to the log.
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
        if (failure instanceof Invalid invalid) {
            String text = texts.of(invalid.textKey(), invalid.values());
            return ApiError.response(400, text, Map.of(invalid.field(), text));
        }
        if (failure instanceof NotFound) {
            return ApiError.response(404, texts.of("api.notFound"), Map.of());
        }
        if (failure instanceof NotPossible refused) {
            return ApiError.response(409, texts.of(refused.textKey()), Map.of());
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return ApiError.response(status, texts.of(switch (status) {
                case 404 -> "api.notFound";
                case 413 -> "api.tooLarge";
                case 415 -> "api.notJsonType";
                default -> "api.refused";
            }), Map.of());
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
