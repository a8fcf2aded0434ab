package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.util.Optional;

/** What a platform says of itself at its {@code openid_configuration} address (LTI Dynamic Registration 1.0). */
public record PlatformConfiguration(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
                                    URI registrationEndpoint) {

    /**
     * Reads the configuration fetched from {@code source}; the issuer must be on the same host as the
     * address it was fetched from, so a platform cannot speak for another.
     */
    public static PlatformConfiguration read(JsonObject json, URI source) throws LaunchRejected {
        String issuer = text(json, "issuer");
        URI issuerUri = LtiAddresses.parse(issuer).orElseThrow(() -> unreadable("no valid issuer"));
        if (!issuerUri.getHost().equalsIgnoreCase(source.getHost())) {
            throw unreadable("issuer " + issuer + " is not on the host of " + source);
        }
        return new PlatformConfiguration(issuer, address(json, "authorization_endpoint"), address(json, "token_endpoint"),
                address(json, "jwks_uri"), address(json, "registration_endpoint"));
    }

    private static URI address(JsonObject json, String name) throws LaunchRejected {
        return LtiAddresses.parse(text(json, name)).orElseThrow(() -> unreadable("no valid " + name));
    }

    private static String text(JsonObject json, String name) {
        return Optional.ofNullable(json.get(name)).filter(JsonString.class::isInstance)
                .map(value -> ((JsonString) value).getString()).orElse(null);
    }

    private static LaunchRejected unreadable(String detail) {
        return new LaunchRejected(Reason.PLATFORM_CONFIGURATION_UNREADABLE, detail);
    }
}
