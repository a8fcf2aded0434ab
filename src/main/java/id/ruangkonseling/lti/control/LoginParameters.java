package id.ruangkonseling.lti.control;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** What a platform sends to start a login (OIDC third-party initiation), by GET or by POST. */
public record LoginParameters(String issuer, String loginHint, String targetLinkUri, Optional<String> ltiMessageHint,
                              Optional<String> clientId, Optional<String> deploymentId) {

    /** Read from request parameters by name. */
    public static LoginParameters from(UnaryOperator<String> parameter) {
        return new LoginParameters(parameter.apply("iss"), parameter.apply("login_hint"),
                parameter.apply("target_link_uri"), present(parameter.apply("lti_message_hint")),
                present(parameter.apply("client_id")), present(parameter.apply("lti_deployment_id")));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
