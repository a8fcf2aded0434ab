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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily purge: every instance looks each hour ({@code RK_RETENTION_CHECK_MINUTES}) whether a
 * school's purge is due for its school day, and {@link Retention#purgeIfDue} makes sure only one does it.
 * A school that fails (its database away, say) is tried again at the next look; the others go on.
 */
@ApplicationScoped
public class PurgeSchedule {

    private static final Logger LOG = System.getLogger(PurgeSchedule.class.getName());
    /** Lets the service finish starting (and its database come up) before the first look. */
    private static final long FIRST_LOOK_MINUTES = 5;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    Retention retention;

    @Inject
    @ConfigProperty(name = "rk.retention.check.minutes", defaultValue = "60")
    long checkMinutes;

    private ScheduledFuture<?> looks;

    void onStartup(@Observes Startup startup) {
        looks = executor.scheduleWithFixedDelay(this::purgeWhatIsDue, FIRST_LOOK_MINUTES, Math.max(1, checkMinutes),
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
            for (long schoolId : retention.schoolIds()) {
                purge(schoolId);
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
