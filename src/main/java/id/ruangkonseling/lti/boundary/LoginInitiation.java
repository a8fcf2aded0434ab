package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.LaunchRejected;
import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import id.ruangkonseling.lti.control.LoginParameters;
import id.ruangkonseling.lti.control.LtiAddresses;
import id.ruangkonseling.lti.control.Platforms;
import id.ruangkonseling.lti.control.ToolAddress;
import id.ruangkonseling.lti.entity.LoginRequest;
import id.ruangkonseling.lti.entity.LtiPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts the login a platform asks for: checks that it is registered and that the launch targets this
 * tool, remembers a fresh single-use {@code state} and {@code nonce}, and answers the platform's
 * authorization address the browser goes to next.
 */
@ApplicationScoped
public class LoginInitiation {

    @Inject
    EntityManager entityManager;

    @Inject
    Platforms platforms;

    Clock clock = Clock.systemUTC();

    @Transactional
    public URI begin(LoginParameters login, ToolAddress tool) throws LaunchRejected {
        require(login.issuer() != null && login.loginHint() != null && login.targetLinkUri() != null,
                Reason.MISSING_PARAMETER, "iss, login_hint and target_link_uri are required");
        LtiPlatform platform = platforms.find(login.issuer(), login.clientId()).orElseThrow(() -> new LaunchRejected(
                Reason.UNKNOWN_PLATFORM, "no registration for issuer " + login.issuer() + " and client id "
                        + login.clientId().orElse("(none sent)")));
        URI target = LtiAddresses.parse(login.targetLinkUri()).filter(tool::owns).orElseThrow(() -> new LaunchRejected(
                Reason.FOREIGN_TARGET_LINK, "target_link_uri " + login.targetLinkUri() + " is not under " + tool.base()));
        Instant now = clock.instant();
        LoginRequest request = new LoginRequest(platform, target, now);
        entityManager.persist(request);
        return authenticationRequest(platform, login, request, tool.resolve(LtiPaths.LAUNCH));
    }

    private static URI authenticationRequest(LtiPlatform platform, LoginParameters login, LoginRequest request, URI launch) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", "openid");
        query.put("response_type", "id_token");
        query.put("response_mode", "form_post");
        query.put("prompt", "none");
        query.put("client_id", platform.clientId());
        query.put("redirect_uri", launch.toString());
        query.put("login_hint", login.loginHint());
        query.put("lti_message_hint", login.ltiMessageHint().orElse(null));
        query.put("state", request.state());
        query.put("nonce", request.nonce());
        return LtiAddresses.withQuery(platform.authLoginUrl(), query);
    }

    private static void require(boolean rule, Reason reason, String detail) throws LaunchRejected {
        if (!rule) {
            throw new LaunchRejected(reason, detail);
        }
    }
}
