package id.ruangkonseling.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under {@code /api}, used by the pages' own scripts and by other clients alike, always
 * within the session an LTI launch made. Its resources and providers are found by scanning.
 */
@ApplicationPath(RestApi.PATH)
public class RestApi extends Application {

    static final String PATH = "/api";

    /** Whether the request is one of the API's (its limits, its 401 in JSON, its own check of the session's member). */
    public static boolean serves(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + PATH + "/");
    }
}
