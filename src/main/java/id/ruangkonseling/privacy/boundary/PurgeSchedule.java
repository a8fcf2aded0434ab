package id.ruangkonseling.privacy.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily purge: every instance looks each hour ({@code RK_RETENTION_CHECK_MINUTES}) whether a
 * school's purge is due for its school day, and {@link Retention#purgeIfDue} makes sure only one does it.
 * A school that fails (its database away, say) is tried again at the next look; the others go on. The
 * first look says so in the log, which tells an operator (and a test) that this instance's schedule runs.
 */
@ApplicationScoped
public class PurgeSchedule {

    private static final Logger LOG = System.getLogger(PurgeSchedule.class.getName());
    /**
     * Lets the service finish starting (and its database come up) before the first look, unless looks are
     * asked for more often than that.
     */
    private static final long FIRST_LOOK_MINUTES = 5;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    Retention retention;

    @Inject
    @ConfigProperty(name = "rk.retention.check.minutes", defaultValue = "60")
    long checkMinutes;

    private ScheduledFuture<?> looks;
    private final AtomicBoolean looked = new AtomicBoolean();

    void onStartup(@Observes Startup startup) {
        long every = Math.max(1, checkMinutes);
        looks = executor.scheduleWithFixedDelay(this::purgeWhatIsDue, Math.min(FIRST_LOOK_MINUTES, every), every,
                TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (looks != null) {
            looks.cancel(false);
        }
    }

    /** Never throws: an exception would end the schedule. */
    void purgeWhatIsDue() {
        try {
            List<Long> schoolIds = retention.schoolIds();
            for (long schoolId : schoolIds) {
                purge(schoolId);
            }
            if (looked.compareAndSet(false, true)) {
                LOG.log(Level.INFO, "The daily purge made its first look (" + schoolIds.size() + " schools); it looks again every "
                        + Math.max(1, checkMinutes) + " minutes");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily purge could not list the schools; it tries again at the next look: " + e);
        }
    }

    private void purge(long schoolId) {
        try {
            retention.purgeIfDue(schoolId).ifPresent(erased ->
                    LOG.log(Level.INFO, "Purged what expired in school " + schoolId + ": " + erased.detail()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The purge of school " + schoolId + " did not run (another instance may hold it);"
                    + " it is tried again at the next look: " + e);
        }
    }
}
