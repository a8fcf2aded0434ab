package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.control.ApplicationDataSource;
import id.ruangkonseling.platform.control.DataKeyring;
import id.ruangkonseling.platform.control.EntityManagers;
import id.ruangkonseling.platform.control.Failures;
import id.ruangkonseling.platform.control.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code GET /health/ready}: ready when the database answers, its schema is up to date, the
 * data-encryption keys match its data and the persistence unit has started; otherwise down with the reason, so a proxy stops sending people here
 * until the database is back.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_SECONDS = 3;

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

    @Inject
    EntityManagers entityManagers;

    @Inject
    DataKeyring dataKeys;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALIDATION_SECONDS)) {
                return response.down().withData("reason", "the database did not answer in time").build();
            }
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("reason", "the database is unreachable: " + Failures.firstLine(e)).build();
        }
        if (!schema.ensureUpToDate()) {
            return response.down().withData("reason", "the database schema could not be migrated; see the server log").build();
        }
        var keyProblem = dataKeys.problem();
        if (keyProblem.isPresent()) {
            return response.down().withData("reason", "the data-encryption keys: " + keyProblem.get()).build();
        }
        try {
            entityManagers.factory();
        } catch (RuntimeException e) {
            return response.down().withData("reason", "the persistence unit could not start: " + Failures.firstLine(e)).build();
        }
        return response.up().build();
    }
}
