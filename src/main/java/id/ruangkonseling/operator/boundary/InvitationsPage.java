package id.ruangkonseling.operator.boundary;

import id.ruangkonseling.lti.boundary.LtiPaths;
import id.ruangkonseling.lti.entity.RegistrationInvitation;
import id.ruangkonseling.platform.boundary.PageTime;
import id.ruangkonseling.platform.control.PublicUrl;
import id.ruangkonseling.platform.control.RequestAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /operator/invitations}: makes a one-time registration link for a school and shows it
 * once; lists the invitations made so far, whether used, waiting or expired.
 */
@Named
@RequestScoped
public class InvitationsPage {


    @Inject
    OperatorConsole console;

    @Inject
    PublicUrl publicUrl;

    private String schoolName;

    private URI link;
    private List<RegistrationInvitation> invitations;

    @PostConstruct
    void load() {
        invitations = console.invitations();
    }

    public void invite() {
        link = console.invite(schoolName, publicUrl.resolve(RequestAddress.of(Faces.getRequest()), LtiPaths.REGISTER));
        invitations = console.invitations();
    }

    /** {@code used}, {@code waiting} or {@code expired}: the key of the invitation's state in the bundles. */
    public String state(RegistrationInvitation invitation) {
        if (invitation.usedAt().isPresent()) {
            return "used";
        }
        return invitation.isUsable(Instant.now()) ? "waiting" : "expired";
    }

    /** The platform that registered with the invitation, or nothing yet. */
    public String usedBy(RegistrationInvitation invitation) {
        return invitation.usedBy().orElse("");
    }

    /** When, in UTC to the minute: the operator's console serves schools in many time zones. */
    public String date(Instant when) {
        return PageTime.inUtc(when);
    }

    public String getSchoolName() {
        return schoolName;
    }

    public void setSchoolName(String schoolName) {
        this.schoolName = schoolName;
    }

    public URI getLink() {
        return link;
    }

    public List<RegistrationInvitation> getInvitations() {
        return invitations;
    }
}
