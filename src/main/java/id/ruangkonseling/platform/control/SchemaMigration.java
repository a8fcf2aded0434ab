package id.ruangkonseling.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the database schema up to date with the Flyway migrations under {@code db/migration}, once
 * on start-up and again on demand until it has succeeded — so a server that starts while the
 * database is down migrates as soon as the database is back, without a restart.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = System.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile boolean upToDate;

    void onStartup(@Observes Startup startup) {
        ensureUpToDate();
    }

    /** Migrates if that has not yet succeeded; answers whether the schema is now up to date. */
    public boolean ensureUpToDate() {
        if (!upToDate) {
            migrate();
        }
        return upToDate;
    }

    private synchronized void migrate() {
        if (upToDate) {
            return;
        }
        try {
            int applied = migrate(dataSource);
            upToDate = true;
            LOG.log(Level.INFO, "Database schema is up to date ({0} migration(s) applied now).", applied);
        } catch (FlywayException e) {
            LOG.log(Level.WARNING, "Database schema could not be migrated yet; will retry: {0}",
                    Failures.firstLine(e));
        }
    }

    /** Applies the pending migrations to {@code dataSource}; answers how many it applied. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
