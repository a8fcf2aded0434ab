package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.entity.DeepLinkRequest;
import id.ruangkonseling.lti.control.IdTokenVerifier;
import id.ruangkonseling.lti.control.Launch;
import id.ruangkonseling.lti.control.LaunchAdmission;
import id.ruangkonseling.lti.control.LaunchClaims;
import id.ruangkonseling.lti.control.LaunchRejected;
import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import id.ruangkonseling.lti.control.LaunchedMember;
import id.ruangkonseling.lti.control.PlatformKeys;
import id.ruangkonseling.lti.control.ToolAddress;
import id.ruangkonseling.lti.entity.LoginRequest;
import id.ruangkonseling.lti.entity.LtiPlatform;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finishes a launch: uses up the login's {@code state}, verifies the {@code id_token} against that
 * login's platform and nonce, and brings the member and course up to date with what the LMS said.
 */
@ApplicationScoped
public class LaunchCompletion {

    @Inject
    EntityManager entityManager;

    @Inject
    PlatformKeys platformKeys;

    @Inject
    SchoolDirectory schools;

    @Inject
    LaunchAdmission admission;

    Clock clock = Clock.systemUTC();

    @Transactional(dontRollbackOn = LaunchRejected.class)
    public LaunchedMember complete(String state, String idToken, ToolAddress tool) throws LaunchRejected {
        Instant now = clock.instant();
        LoginRequest login = useUp(state, now);
        LtiPlatform platform = login.platform();
        List<School> deployments = schools.schoolsOf(platform.issuer(), platform.clientId());
        Launch launch = new IdTokenVerifier(
                platform.registration(deployments.stream().map(School::deploymentId).collect(Collectors.toSet())),
                platformKeys.of(platform.jwksUrl()), new LaunchClaims(tool, clock))
                .verify(idToken, login.nonce());
        School school = deployments.stream().filter(s -> s.deploymentId().equals(launch.deploymentId())).findFirst()
                .orElseThrow();
        return admission.admit(school, launch, deepLinking(launch, platform), now);
    }

    private static Optional<DeepLinkRequest> deepLinking(Launch launch, LtiPlatform platform) {
        return launch.deepLinkReturnUrl().map(returnUrl -> new DeepLinkRequest(platform.issuer(), platform.clientId(),
                launch.deploymentId(), returnUrl, launch.deepLinkData()));
    }

    /** The login this state belongs to, which no other launch can use after this one. */
    private LoginRequest useUp(String state, Instant now) throws LaunchRejected {
        LoginRequest login = state == null ? null : entityManager.find(LoginRequest.class, state);
        int usedUp = login == null ? 0 : entityManager.createQuery("DELETE FROM LoginRequest l WHERE l.state = :state")
                .setParameter("state", state).executeUpdate();
        if (usedUp != 1 || login.isExpired(now)) {
            throw new LaunchRejected(Reason.UNKNOWN_OR_USED_STATE, "no unused, unexpired login for this state");
        }
        return login;
    }
}
