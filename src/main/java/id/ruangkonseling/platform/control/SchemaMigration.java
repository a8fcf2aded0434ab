package id.ruangkonseling.platform.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the database schema up to date with the Flyway migrations under {@code db/migration}, once
 * on start-up and again on demand until it has succeeded — so a server that starts while the
 * database is down migrates as soon as the database is back, without a restart.
 * <p>
 * On MySQL/MariaDB another account may own the schema ({@code RK_DB_MIGRATION_USER},
 * {@code RK_DB_MIGRATION_PASSWORD}): it then runs the migrations and grants the application's own
 * account what it needs after each, which makes the audit trail append-only ({@link ApplicationGrants}).
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = System.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "rk.db.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "rk.db.user", defaultValue = "rk")
    String applicationUser;

    @Inject
    @ConfigProperty(name = "rk.db.password")
    Optional<String> applicationPassword;

    @Inject
    @ConfigProperty(name = "rk.db.migration.user")
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = "rk.db.migration.password")
    Optional<String> ownerPassword;

    private volatile boolean upToDate;

    /** Before every other start-up observer, some of which read tables (in the background, too) that must exist. */
    void onStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup startup) {
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
            if (ownerUser.isPresent() && onMySql()) {
                migrateAsOwner();
            } else {
                int applied = migrate(dataSource);
                LOG.log(Level.INFO, "Database schema is up to date ({0} migration(s) applied now).", applied);
                if (onMySql()) {
                    LOG.log(Level.INFO, "RK_DB_MIGRATION_USER is not set: the application''s own database account owns "
                            + "the schema, so the database itself does not keep the audit trail append-only "
                            + "(see docs/operations.md, ''Append-only audit trail: two accounts'').");
                }
            }
            upToDate = true;
        } catch (FlywayException | SQLException e) {
            LOG.log(Level.WARNING, "Database schema could not be migrated yet; will retry: {0}",
                    Failures.firstLine(e));
        }
    }

    private boolean onMySql() {
        return url.filter(address -> address.startsWith("jdbc:mysql:")).isPresent();
    }

    private void migrateAsOwner() throws SQLException {
        Flyway flyway = configured().dataSource(url.orElseThrow(), ownerUser.orElseThrow(), ownerPassword.orElse("")).load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.log(Level.INFO, "Database schema is up to date ({0} migration(s) applied now by {1}).", applied, ownerUser.get());
        try (Connection owner = flyway.getConfiguration().getDataSource().getConnection()) {
            ApplicationGrants.grant(owner, applicationAccount());
        }
        try (Connection application = dataSource.getConnection()) {
            ApplicationGrants.report(application);
        }
    }

    /**
     * How the database names the application's account ({@code user@host}). Asked on a connection to the
     * server without choosing the database: until the first grant, the account may not enter it.
     */
    private String applicationAccount() throws SQLException {
        String server = url.orElseThrow().replaceFirst("^(jdbc:mysql://[^/?]*)/[^?]*", "$1/");
        try (Connection connection = DriverManager.getConnection(server, applicationUser, applicationPassword.orElse(""))) {
            return ApplicationGrants.currentUser(connection);
        }
    }

    /** Applies the pending migrations to {@code dataSource}; answers how many it applied. */
    public static int migrate(DataSource dataSource) {
        return configured().dataSource(dataSource).load().migrate().migrationsExecuted;
    }

    private static FluentConfiguration configured() {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .locations("classpath:db/migration")
                .failOnMissingLocations(true);
    }
}
