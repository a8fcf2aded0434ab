package id.ruangkonseling.lti.control;

import java.net.URI;
import java.util.Objects;

/**
 * Who a platform is to the tool (issuer and the client id it gave the tool) and where it signs people
 * in, hands out tokens and publishes its keys: what every registration, dynamic or by hand, records.
 */
public record PlatformEndpoints(String issuer, String clientId, URI authLoginUrl, URI tokenUrl, URI jwksUrl) {

    public PlatformEndpoints {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(authLoginUrl, "authLoginUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(jwksUrl, "jwksUrl");
    }
}
