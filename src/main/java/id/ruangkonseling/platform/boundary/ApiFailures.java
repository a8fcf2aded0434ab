package id.ruangkonseling.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;

/**
 * Turns whatever an API call throws into {@link ApiError} JSON with the right status: the JAX-RS
 * exceptions keep theirs (an unknown path stays 404, a bad JSON body 400), anything else is a 500 that
 * says only that something went wrong; the details go to the log.
 */
@Provider
public class ApiFailures implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(ApiFailures.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return ApiError.response(status, status == 404 ? "Not found." : Response.Status.fromStatusCode(status) == null
                    ? "The request was refused." : Response.Status.fromStatusCode(status).getReasonPhrase() + ".", java.util.Map.of());
        }
        LOG.log(Level.ERROR, "an API call failed", failure);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again.");
    }
}
