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
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Carries a launch into a new window: every launch leaves a ticket, and a browser that kept no cookie in
 * the LMS's iframe opens {@code /lti/resume} with it in a window of its own, where it signs the same
 * member in once. A ticket lives no longer than it may be needed: the launch's own is void as soon as its session
 * comes back (the frame kept the cookie), and every ticket of a member is void when their session ends (signed
 * out, idle, expired), so an address in the browser's history opens nothing. A ticket never switches a browser
 * that is signed in as someone else.
 */
@ApplicationScoped
public class LaunchResumption {

    /** The session's member, whose tickets end with the session. */
    static final String MEMBER_ATTRIBUTE = "id.ruangkonseling.ticketsOf";
    /** The hash of the launch's ticket, until the session shows that the frame kept its cookie. */
    static final String LANDING_TICKET_ATTRIBUTE = "id.ruangkonseling.landingTicket";

    @Inject
    EntityManager entityManager;

    Clock clock = Clock.systemUTC();

    /** The secret of a new ticket for the member this launch signed in. */
    @Transactional
    public String ticketFor(LaunchedMember member) {
        Instant now = clock.instant();
        LaunchTicket.Issued issued = LaunchTicket.issue(member.memberId(), member.roles(), member.locale(), now);
        entityManager.persist(issued.ticket());
        return issued.token();
    }

    /** The launch's own ticket, which {@code session} remembers until it comes back ({@link #landingTicketBack}). */
    @Transactional
    public String landingTicketFor(LaunchedMember member, HttpSession session) {
        String token = ticketFor(member);
        session.setAttribute(LANDING_TICKET_ATTRIBUTE, Secrets.hash(token));
        return token;
    }

    /**
     * The launch's session came back with its cookie: the hash of its ticket, which is not needed any more, for
     * {@link #voidTicket}; empty once taken. Reads the session only, so a signed-in request costs nothing here.
     */
    public Optional<String> landingTicketBack(HttpSession session) {
        if (session.getAttribute(LANDING_TICKET_ATTRIBUTE) instanceof String hash) {
            session.removeAttribute(LANDING_TICKET_ATTRIBUTE);
            return Optional.of(hash);
        }
        return Optional.empty();
    }

    @Transactional
    public void voidTicket(String hash) {
        entityManager.createQuery("DELETE FROM LaunchTicket t WHERE t.tokenHash = :key").setParameter("key", hash).executeUpdate();
    }

    /** The member's session ended: none of their tickets opens anything any more. */
    @Transactional
    public void voidTicketsOf(long memberId) {
        entityManager.createQuery("DELETE FROM LaunchTicket t WHERE t.memberId = :member").setParameter("member", memberId)
                .executeUpdate();
    }

    /**
     * The member the ticket was made for, in the roles of that launch; no one can use the ticket again. A browser
     * signed in as another member ({@code signedIn}) is refused and the ticket stays for its owner: a ticket never
     * switches a person into someone else's account.
     */
    @Transactional(dontRollbackOn = LaunchRejected.class)
    public LaunchedMember redeem(String token, Optional<Long> signedIn) throws LaunchRejected {
        String key = token == null || token.isBlank() ? null : Secrets.hash(token);
        LaunchTicket ticket = key == null ? null : entityManager.find(LaunchTicket.class, key);
        if (ticket != null && signedIn.filter(member -> !member.equals(ticket.memberId())).isPresent()) {
            throw new LaunchRejected(Reason.SIGNED_IN_AS_SOMEONE_ELSE, "a ticket of another member in a signed-in browser");
        }
        int usedUp = ticket == null ? 0 : entityManager.createQuery("DELETE FROM LaunchTicket t WHERE t.tokenHash = :key")
                .setParameter("key", key).executeUpdate();
        if (usedUp != 1 || ticket.isExpired(clock.instant())) {
            throw new LaunchRejected(Reason.TICKET_UNUSABLE, "no unused, unexpired ticket");
        }
        Member member = entityManager.find(Member.class, ticket.memberId());
        return new LaunchedMember(member.id(), member.school().id(), member.displayName(),
                member.rolesInLaunch(ticket.roles()), ticket.language(),
                Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
    }
}
