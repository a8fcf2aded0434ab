package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.TargetFolder;
import id.ruangkonseling.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first start: nothing configured, so the embedded H2 file database and the tool's signing
 * key are created under {@code ./data/} of the folder the run command starts in, and both survive a
 * restart.
 */
class RestartIT {

    @Test
    void firstStartCreatesTheEmbeddedDatabaseAndKeyAndARestartKeepsThem() throws SQLException {
        TargetFolder.fresh("it-restart");
        try (PayaraMicro server = PayaraMicro.start("it-restart", Map.of())) {
            Http probe = new Http(server);
            assertEquals(200, probe.awaitStatus("/health/ready", 200, Duration.ofSeconds(60)).statusCode());
            Path databaseFile = server.folder().resolve("data/db/ruangkonseling.mv.db");
            assertTrue(Files.isRegularFile(databaseFile), "the database is created at " + databaseFile);

            String keyBefore = probe.get("/.well-known/jwks.json").body();
            server.stop();
            execute(server, "INSERT INTO school (issuer, client_id, deployment_id, name, time_zone, created_at) "
                    + "VALUES ('https://lms.sekolah.test', 'client-1', 'deployment-1', 'SMA Negeri 1', 'Asia/Jakarta', CURRENT_TIMESTAMP)");
            server.restart();

            assertEquals(200, probe.awaitStatus("/health/ready", 200, Duration.ofSeconds(60)).statusCode());
            assertEquals(keyBefore, probe.get("/.well-known/jwks.json").body(), "the tool keeps its signing key");
            server.stop();
            assertEquals("SMA Negeri 1", single(server, "SELECT name FROM school WHERE client_id = 'client-1'"));
            assertEquals("1", single(server, "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1'"),
                    "migration 1 ran once, on the first start only");
        }
    }

    private static void execute(PayaraMicro stopped, String sql) throws SQLException {
        try (Connection connection = open(stopped); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static String single(PayaraMicro stopped, String sql) throws SQLException {
        try (Connection connection = open(stopped); ResultSet result = connection.createStatement().executeQuery(sql)) {
            assertTrue(result.next(), sql);
            return result.getString(1);
        }
    }

    /** The server's own database file, opened while the server is stopped (H2 locks it while it runs). */
    private static Connection open(PayaraMicro stopped) throws SQLException {
        return TestDatabase.h2(stopped.folder().resolve("data/db/ruangkonseling")).getConnection();
    }
}
