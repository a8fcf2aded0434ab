package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import id.ruangkonseling.lti.entity.Lti11Nonce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;

/**
 * Uses up an LTI 1.1 launch's {@code oauth_nonce} in the database, so that a launch replayed to any
 * instance is refused, and forgets nonces once their launch would be refused as stale anyway.
 */
@ApplicationScoped
public class Lti11Nonces {

    /** The longest a nonce can matter: its timestamp may be {@code WINDOW} ahead, then valid {@code WINDOW} more. */
    private static final Duration KEPT = OAuthVerifier.WINDOW.multipliedBy(2);
    private static final int LONGEST = 191;

    @Inject
    EntityManager entityManager;

    /** In the caller's transaction, which must roll back on the {@link LaunchRejected} this throws. */
    public void useUp(String consumerKey, String nonce, Instant now) throws LaunchRejected {
        if (nonce.length() > LONGEST) {
            throw new LaunchRejected(Reason.INCOMPLETE_LTI11_LAUNCH, "oauth_nonce is longer than " + LONGEST);
        }
        // asked first so that an ordinary replay is refused without a failed insert, which EclipseLink logs
        // with a stack trace; the unique key still decides between two instances that both ask at once
        if (used(consumerKey, nonce)) {
            throw replayed();
        }
        try {
            entityManager.persist(new Lti11Nonce(consumerKey, nonce, now.plus(KEPT)));
            entityManager.flush();
        } catch (PersistenceException usedMeanwhile) {
            throw replayed();
        }
    }

    private boolean used(String consumerKey, String nonce) {
        return entityManager.createQuery(
                        "SELECT COUNT(n) FROM Lti11Nonce n WHERE n.consumerKey = :key AND n.nonce = :nonce", Long.class)
                .setParameter("key", consumerKey).setParameter("nonce", nonce).getSingleResult() > 0;
    }

    private static LaunchRejected replayed() {
        return new LaunchRejected(Reason.REUSED_NONCE, "this consumer already used this oauth_nonce");
    }
}
