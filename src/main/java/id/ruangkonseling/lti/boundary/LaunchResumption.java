package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.LaunchRejected;
import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import id.ruangkonseling.lti.control.LaunchedMember;
import id.ruangkonseling.lti.entity.LaunchTicket;
import id.ruangkonseling.platform.entity.Secrets;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Carries a launch into a new window: every launch leaves a ticket, and a browser that kept no cookie in
 * the LMS's iframe opens {@code /lti/resume} with it in a window of its own, where it signs the same
 * member in once.
 */
@ApplicationScoped
public class LaunchResumption {

    @Inject
    EntityManager entityManager;

    Clock clock = Clock.systemUTC();

    /** The secret of a new ticket for the member this launch signed in. */
    @Transactional
    public String ticketFor(LaunchedMember member) {
        Instant now = clock.instant();
        entityManager.createQuery("DELETE FROM LaunchTicket t WHERE t.expiresAt < :now").setParameter("now", now)
                .executeUpdate();
        LaunchTicket.Issued issued = LaunchTicket.issue(member.memberId(), member.roles(), member.locale(), now);
        entityManager.persist(issued.ticket());
        return issued.token();
    }

    /** The member the ticket was made for, in the roles of that launch; no one can use the ticket again. */
    @Transactional(dontRollbackOn = LaunchRejected.class)
    public LaunchedMember redeem(String token) throws LaunchRejected {
        String key = token == null || token.isBlank() ? null : Secrets.hash(token);
        LaunchTicket ticket = key == null ? null : entityManager.find(LaunchTicket.class, key);
        int usedUp = ticket == null ? 0 : entityManager.createQuery("DELETE FROM LaunchTicket t WHERE t.tokenHash = :key")
                .setParameter("key", key).executeUpdate();
        if (usedUp != 1 || ticket.isExpired(clock.instant())) {
            throw new LaunchRejected(Reason.TICKET_UNUSABLE, "no unused, unexpired ticket");
        }
        Member member = entityManager.find(Member.class, ticket.memberId());
        return new LaunchedMember(member.id(), member.school().id(), member.displayName(),
                member.rolesInLaunch(ticket.roles()), ticket.language(),
                Optional.empty(), Optional.empty(), Set.of());
    }
}
