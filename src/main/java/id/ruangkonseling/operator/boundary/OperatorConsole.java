package id.ruangkonseling.operator.boundary;

import id.ruangkonseling.lti.control.Invitations;
import id.ruangkonseling.lti.control.LtiAddresses;
import id.ruangkonseling.lti.control.PlatformEndpoints;
import id.ruangkonseling.lti.control.PlatformRegistrar;
import id.ruangkonseling.lti.control.ToolKeyring;
import id.ruangkonseling.lti.control.ToolKeys.KeyState;
import id.ruangkonseling.lti.entity.RegistrationInvitation;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.control.SchoolDirectory.SchoolSummary;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What the operator does in the console, one transaction each: look over the schools, invite one to
 * register, register a platform by hand, add a signing key. Only the operator reaches it ({@code /operator/*} in web.xml).
 */
@ApplicationScoped
public class OperatorConsole {

    @Inject
    SchoolDirectory schools;

    @Inject
    Invitations invitations;

    @Inject
    PlatformRegistrar registrar;

    @Inject
    ToolKeyring keyring;

    Clock clock = Clock.systemUTC();

    /** The tool's signing keys as the operator sees them. */
    public List<KeyState> signingKeys() {
        return keyring.keys().states();
    }

    /** Adds a signing key, published now and signing once platforms have had time to fetch it. */
    public void rotateSigningKey() {
        keyring.rotate();
    }

    @Transactional
    public List<SchoolSummary> schools() {
        return schools.summaries();
    }

    @Transactional
    public List<RegistrationInvitation> invitations() {
        return invitations.all();
    }

    /** A new one-time link for {@code schoolName}: the tool's public registration address with the invitation. */
    @Transactional
    public URI invite(String schoolName, URI registrationAddress) {
        String token = invitations.issue(schoolName.strip(), clock.instant()).token();
        return LtiAddresses.withQuery(registrationAddress, Map.of("invitation", token));
    }

    /** Records a platform registered by hand and answers its schools, one per deployment. */
    @Transactional
    public List<School> register(PlatformEndpoints platform, List<String> deploymentIds, String schoolName) {
        return deploymentIds.stream()
                .map(deployment -> registrar.register(platform, deployment, schoolName.strip(), clock.instant()))
                .toList();
    }
}
