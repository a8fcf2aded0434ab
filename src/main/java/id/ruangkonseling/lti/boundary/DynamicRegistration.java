package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.Invitations;
import id.ruangkonseling.lti.control.CourseRoster;
import id.ruangkonseling.lti.control.LaunchRejected;
import id.ruangkonseling.lti.control.PlatformConfiguration;
import id.ruangkonseling.lti.control.PlatformEndpoints;
import id.ruangkonseling.lti.control.PlatformRegistrar;
import id.ruangkonseling.lti.control.RegistrationClient;
import id.ruangkonseling.lti.control.RegistrationClient.RegisteredClient;
import id.ruangkonseling.lti.control.ToolAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Registers the tool with a platform that asked for it (LTI Dynamic Registration 1.0): reads the
 * platform's configuration, sends the tool's, and records the platform and the deployment it created
 * as a school.
 */
@ApplicationScoped
public class DynamicRegistration {

    @Inject
    RegistrationClient client;

    @Inject
    PlatformRegistrar registrar;

    @Inject
    Invitations invitations;

    Clock clock = Clock.systemUTC();

    /**
     * Registers with the platform at {@code openidConfiguration} and answers the school's name. With an
     * {@code invitation} it uses that up (and names the school after it); nothing is kept if anything fails.
     */
    @Transactional(rollbackOn = LaunchRejected.class)
    public String register(URI openidConfiguration, Optional<String> registrationToken, Optional<String> invitation,
                           ToolAddress tool) throws LaunchRejected {
        PlatformConfiguration platform = client.configuration(openidConfiguration);
        Instant now = clock.instant();
        String schoolName = invitation.isPresent()
                ? invitations.useUp(invitation.get(), platform.issuer(), now)
                : URI.create(platform.issuer()).getHost();
        RegisteredClient registered = client.register(platform, toolClient(tool), registrationToken);
        return registrar.register(new PlatformEndpoints(platform.issuer(), registered.clientId(),
                        platform.authorizationEndpoint(), platform.tokenEndpoint(), platform.jwksUri()),
                registered.deploymentId(), schoolName, now).name();
    }

    private static JsonObject toolClient(ToolAddress tool) {
        String launch = tool.resolve(LtiPaths.LAUNCH).toString();
        URI base = tool.base();
        return Json.createObjectBuilder()
                .add("application_type", "web")
                .add("response_types", Json.createArrayBuilder().add("id_token"))
                .add("grant_types", Json.createArrayBuilder().add("implicit").add("client_credentials"))
                .add("initiate_login_uri", tool.resolve(LtiPaths.LOGIN).toString())
                .add("redirect_uris", Json.createArrayBuilder().add(launch))
                .add("client_name", "Ruang Konseling")
                .add("jwks_uri", tool.resolve(LtiPaths.JWKS).toString())
                .add("token_endpoint_auth_method", "private_key_jwt")
                .add("scope", CourseRoster.SCOPE)
                .add("https://purl.imsglobal.org/spec/lti-tool-configuration", Json.createObjectBuilder()
                        .add("domain", base.getPort() < 0 ? base.getHost() : base.getHost() + ":" + base.getPort())
                        .add("target_link_uri", launch)
                        .add("description", "Konseling online sekolah / online school counseling")
                        .add("claims", Json.createArrayBuilder().add("iss").add("sub").add("name").add("email").add("locale"))
                        .add("messages", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("type", "LtiDeepLinkingRequest").add("target_link_uri", launch)
                                .add("label", "Ruang Konseling"))))
                .build();
    }
}
