package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.entity.DeepLinkRequest;
import id.ruangkonseling.lti.entity.DeepLinkOffer;
import id.ruangkonseling.platform.entity.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The Deep Linking requests teachers are choosing for: offered at the launch, shown by the chooser for
 * the offer's token, taken once by the answer. Kept in the database so any instance, and a browser that
 * keeps no cookie in Moodle's dialog, can finish it.
 */
@ApplicationScoped
public class DeepLinkOffers {

    @Inject
    EntityManager entityManager;

    Clock clock = Clock.systemUTC();

    /** The token of a new offer of {@code request}. */
    @Transactional
    public String offer(DeepLinkRequest request) {
        Instant now = clock.instant();
        DeepLinkOffer.Issued issued = DeepLinkOffer.issue(request, now);
        entityManager.persist(issued.offer());
        return issued.token();
    }

    /** Whether {@code token} names an unanswered, unexpired offer. */
    @Transactional
    public boolean isOpen(String token) {
        return find(token).isPresent();
    }

    /** The request offered under {@code token}, which no one can answer again. */
    @Transactional
    public Optional<DeepLinkRequest> take(String token) {
        Optional<DeepLinkOffer> offer = find(token);
        int taken = offer.isEmpty() ? 0 : entityManager.createQuery("DELETE FROM DeepLinkOffer o WHERE o.tokenHash = :key")
                .setParameter("key", Secrets.hash(token)).executeUpdate();
        return taken == 1 ? offer.map(DeepLinkOffer::request) : Optional.empty();
    }

    private Optional<DeepLinkOffer> find(String token) {
        return Optional.ofNullable(token).filter(value -> !value.isBlank())
                .map(value -> entityManager.find(DeepLinkOffer.class, Secrets.hash(value)))
                .filter(offer -> !offer.isExpired(clock.instant()));
    }
}
