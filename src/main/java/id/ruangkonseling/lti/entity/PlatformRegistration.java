package id.ruangkonseling.lti.entity;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * A platform (an LMS installation) as registered with the tool: who it is ({@code issuer}), the client
 * id it gave the tool, where its public keys are, and the deployments of the tool it may launch from.
 */
public record PlatformRegistration(String issuer, String clientId, URI jwksUri, Set<String> deploymentIds) {

    public PlatformRegistration {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(jwksUri, "jwksUri");
        deploymentIds = Set.copyOf(deploymentIds);
    }
}
