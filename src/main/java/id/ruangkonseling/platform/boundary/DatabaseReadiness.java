package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.control.ApplicationDataSource;
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
 * {@code GET /health/ready}: ready when the database answers and its schema is up to date; otherwise
 * down with the reason, so a proxy stops sending people here until the database is back.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_SECONDS = 3;

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

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
        return response.up().build();
    }
}
