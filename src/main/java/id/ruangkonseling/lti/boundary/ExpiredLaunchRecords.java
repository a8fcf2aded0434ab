package id.ruangkonseling.lti.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Deletes what the launch path leaves behind once it has expired — login requests, new-window tickets,
 * deep-linking offers, LTI 1.1 nonces — every minute, rather than on every login: a range delete on each login
 * took MariaDB's gap locks against the other logins' inserts, and twenty people opening the tool at once
 * deadlocked (the cluster benchmark found it). Expired rows are refused where they are read, so it does not
 * matter when they go. The expired rows are found first and deleted by id, which locks those rows only.
 * Every instance sweeps; a row two instances delete is deleted once.
 */
@ApplicationScoped
public class ExpiredLaunchRecords {

    private static final Logger LOG = System.getLogger(ExpiredLaunchRecords.class.getName());
    static final List<Expiring> EXPIRING = List.of(new Expiring("LoginRequest", "state"),
            new Expiring("LaunchTicket", "tokenHash"), new Expiring("DeepLinkOffer", "tokenHash"), new Expiring("Lti11Nonce", "id"));
    /** Rows deleted in one statement at most; what is left goes at the next sweep. */
    private static final int BATCH = 500;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    EntityManager entityManager;

    Clock clock = Clock.systemUTC();

    private ScheduledFuture<?> sweeps;

    /** An entity with an {@code expiresAt}, and the attribute that is its id. */
    record Expiring(String entity, String id) {
    }

    void onStartup(@Observes Startup startup, ExpiredLaunchRecords self) {
        sweeps = executor.scheduleWithFixedDelay(() -> sweepQuietly(self), 1, 1, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }

    /** Never throws: an exception would end the schedule. */
    private static void sweepQuietly(ExpiredLaunchRecords self) {
        for (Expiring expiring : EXPIRING) {
            try {
                self.sweep(expiring);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Expired " + expiring.entity() + " rows could not be deleted; the next sweep tries again: " + e);
            }
        }
    }

    /** Deletes up to a batch of the entity's expired rows, in a transaction of its own. */
    @Transactional
    public void sweep(Expiring expiring) {
        Instant now = clock.instant();
        List<Object> expired = entityManager.createQuery("SELECT e." + expiring.id() + " FROM " + expiring.entity()
                + " e WHERE e.expiresAt < :now", Object.class).setParameter("now", now).setMaxResults(BATCH).getResultList();
        if (!expired.isEmpty()) {
            entityManager.createQuery("DELETE FROM " + expiring.entity() + " e WHERE e." + expiring.id() + " IN :ids")
                    .setParameter("ids", expired).executeUpdate();
        }
    }
}
