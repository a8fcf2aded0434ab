package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.entity.LtiPlatform;
import id.ruangkonseling.platform.control.FramingOrigins;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

/**
 * Records a registration, however it came (dynamic registration or the operator's form): the platform,
 * new or moved to new addresses, and the deployment as a school, new or the one it already had.
 */
@ApplicationScoped
public class PlatformRegistrar {

    @Inject
    EntityManager entityManager;

    @Inject
    Platforms platforms;

    @Inject
    SchoolDirectory schools;

    @Inject
    FramingOrigins framing;

    /** The school of {@code deploymentId}; {@code schoolName} names it only if it is new. */
    public School register(PlatformEndpoints platform, String deploymentId, String schoolName, Instant now) {
        platforms.find(platform.issuer(), Optional.of(platform.clientId())).ifPresentOrElse(
                known -> known.moveTo(platform.authLoginUrl(), platform.tokenUrl(), platform.jwksUrl()),
                () -> entityManager.persist(new LtiPlatform(platform.issuer(), platform.clientId(),
                        platform.authLoginUrl(), platform.tokenUrl(), platform.jwksUrl(), now)));
        // the platform frames the tool from now on, here at once, on other instances after their next read
        framing.notice(platform.issuer());
        framing.notice(platform.authLoginUrl().toString());
        framing.stale();
        return schools.schoolsOf(platform.issuer(), platform.clientId()).stream()
                .filter(school -> school.deploymentId().equals(deploymentId))
                .findFirst()
                .orElseGet(() -> persist(new School(platform.issuer(), platform.clientId(), deploymentId, schoolName, now)));
    }

    private School persist(School school) {
        entityManager.persist(school);
        return school;
    }
}
