package id.ruangkonseling.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * What every refused API call answers: a message a person can read and, for invalid input, one message
 * per field — never a stack trace.
 */
public record ApiError(String message, Map<String, String> fields) {

    public static Response response(Response.Status status, String message) {
        return response(status.getStatusCode(), message, Map.of());
    }

    public static Response response(int status, String message, Map<String, String> fields) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(new ApiError(message, fields)).build();
    }
}
