package id.ruangkonseling.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under {@code /api}, used by the pages' own scripts and by other clients alike, always
 * within the session an LTI launch made. Its resources and providers are found by scanning.
 */
@ApplicationPath("/api")
public class RestApi extends Application {
}
