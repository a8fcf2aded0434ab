package id.ruangkonseling.demo.boundary;

import id.ruangkonseling.demo.control.DemoPerson;
import id.ruangkonseling.demo.control.DemoPerson.DemoRole;
import id.ruangkonseling.demo.control.DemoPlatform;
import id.ruangkonseling.lti.control.PlatformEndpoints;
import id.ruangkonseling.lti.control.PlatformRegistrar;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/**
 * Makes sure the demo platform is registered, its demo school exists, and a demo counselor holds the
 * counselor role — granted here, inside the tool, as a school admin would.
 */
@ApplicationScoped
public class DemoSchool {

    static final String NAME = "Sekolah Demo";

    @Inject
    PlatformRegistrar registrar;

    @Inject
    SchoolDirectory schools;

    Clock clock = Clock.systemUTC();

    @Transactional
    public void prepare(DemoPerson person, URI authorizationEndpoint, URI jwksUrl) {
        Instant now = clock.instant();
        // The demo platform lives at whatever address the service answers now, which changes with the port
        // or host it runs on; it offers no services, so it has no token endpoint of its own to name.
        School school = registrar.register(new PlatformEndpoints(DemoPlatform.ISSUER, DemoPlatform.CLIENT_ID,
                authorizationEndpoint, authorizationEndpoint, jwksUrl), DemoPlatform.DEPLOYMENT_ID, NAME, now);
        if (person.role() == DemoRole.COUNSELOR) {
            schools.member(school, person.subject(), now).grant(Role.COUNSELOR);
        }
    }
}
