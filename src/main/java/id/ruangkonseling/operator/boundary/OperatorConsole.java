package id.ruangkonseling.operator.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.lti.control.Invitations;
import id.ruangkonseling.lti.control.Lti11Consumers;
import id.ruangkonseling.lti.control.Lti11Consumers.ConsumerListing;
import id.ruangkonseling.lti.control.Lti11Consumers.IssuedKey;
import id.ruangkonseling.lti.control.LtiAddresses;
import id.ruangkonseling.lti.control.PlatformEndpoints;
import id.ruangkonseling.lti.control.PlatformRegistrar;
import id.ruangkonseling.lti.control.ToolKeyring;
import id.ruangkonseling.lti.control.ToolKeys;
import id.ruangkonseling.lti.control.ToolKeys.KeyState;
import id.ruangkonseling.lti.entity.RegistrationInvitation;
import id.ruangkonseling.platform.control.DataRotation;
import id.ruangkonseling.platform.control.DataRotation.Survey;
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
 * register, register a platform by hand, issue an LTI 1.1 key, add a signing key. Each leaves an audit entry. Only the operator reaches it ({@code /operator/*} in web.xml).
 */
@ApplicationScoped
public class OperatorConsole {

    @Inject
    SchoolDirectory schools;

    @Inject
    Invitations invitations;

    @Inject
    PlatformRegistrar registrar;

    /** Who the operator is in the audit trail: someone outside every school. */
    static final Actor OPERATOR = Actor.outsideSchools("OPERATOR");

    @Inject
    ToolKeyring keyring;

    @Inject
    Lti11Consumers lti11;

    @Inject
    AuditTrail audit;

    @Inject
    DataRotation dataRotation;

    Clock clock = Clock.systemUTC();

    /** The LTI 1.1 consumer keys the tool accepts, with their schools; no secrets. */
    @Transactional
    public List<ConsumerListing> lti11Keys() {
        return lti11.list();
    }

    /** A new LTI 1.1 key and secret for a new school named {@code schoolName}. */
    @Transactional
    public IssuedKey issueLti11Key(String schoolName) {
        IssuedKey issued = lti11.issue(schoolName.strip());
        audit.record(OPERATOR, AuditAction.LTI11_KEY_ISSUED, Subject.of("lti11-key", issued.consumerKey()), null);
        return issued;
    }

    /** The tool's signing keys as the operator sees them. */
    public List<KeyState> signingKeys() {
        return keyring.keys().states();
    }

    /** Adds a signing key, published now and signing once platforms have had time to fetch it. */
    @Transactional
    public void rotateSigningKey() {
        ToolKeys keys = keyring.rotate();
        audit.record(OPERATOR, AuditAction.SIGNING_KEY_ADDED, Subject.of("signing-key", keys.states().getLast().keyId()), null);
    }

    /** How many stored texts each data key encrypts, and which key is current. */
    @Transactional
    public Survey dataKeys() {
        return dataRotation.survey();
    }

    /** Re-encrypts every stored text under the current data key (after a new key became current, or for old plain rows). */
    @Transactional
    public int reencryptData() {
        int rewritten = dataRotation.reencrypt();
        audit.record(OPERATOR, AuditAction.DATA_REENCRYPTED, Subject.of("data-key", dataRotation.survey().currentKey()),
                Integer.toString(rewritten));
        return rewritten;
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
        audit.record(OPERATOR, AuditAction.INVITATION_ISSUED, Subject.NONE, schoolName.strip());
        return LtiAddresses.withQuery(registrationAddress, Map.of("invitation", token));
    }

    /** Records a platform registered by hand and answers its schools, one per deployment. */
    @Transactional
    public List<School> register(PlatformEndpoints platform, List<String> deploymentIds, String schoolName) {
        List<School> registered = deploymentIds.stream()
                .map(deployment -> registrar.register(platform, deployment, schoolName.strip(), clock.instant()))
                .toList();
        registered.forEach(school -> audit.record(new Actor(school.id(), null, OPERATOR.role(), null),
                AuditAction.PLATFORM_REGISTERED, Subject.of("school", school.id()), "by hand"));
        return registered;
    }
}
