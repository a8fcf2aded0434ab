package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import id.ruangkonseling.lti.entity.RegistrationInvitation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;

/** The operator's one-time invitations to register by dynamic registration. */
@ApplicationScoped
public class Invitations {

    @Inject
    EntityManager entityManager;

    /** A new invitation for {@code schoolName}; its secret is in the answer and nowhere else. */
    public RegistrationInvitation.Issued issue(String schoolName, Instant now) {
        RegistrationInvitation.Issued issued = RegistrationInvitation.issue(schoolName, now);
        entityManager.persist(issued.invitation());
        return issued;
    }

    /**
     * Uses up the invitation with this secret for {@code issuer} and answers the school name it was made
     * for. The row stays locked until the registration commits, so two registrations cannot share it.
     */
    public String useUp(String token, String issuer, Instant now) throws LaunchRejected {
        RegistrationInvitation invitation = entityManager.find(RegistrationInvitation.class,
                RegistrationInvitation.hash(token), LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null || !invitation.isUsable(now)) {
            throw new LaunchRejected(Reason.INVITATION_UNUSABLE, "no unused, unexpired invitation for this link");
        }
        invitation.useUp(issuer, now);
        return invitation.schoolName();
    }

    /** Every invitation, the newest first. */
    public List<RegistrationInvitation> all() {
        return entityManager.createQuery("SELECT i FROM RegistrationInvitation i ORDER BY i.createdAt DESC",
                RegistrationInvitation.class).getResultList();
    }
}
