package id.ruangkonseling.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.TargetFolder;
import id.ruangkonseling.testing.TestDatabase;
import id.ruangkonseling.testing.TestPlatform;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB/MySQL with a schema owner apart from the application's account ({@code RK_DB_MIGRATION_USER}),
 * as docs/operations.md's two-account set-up has it: the service migrates as the owner, works as its own account,
 * and that account adds to the audit trail but the database refuses it any change or deletion there.
 */
class AppendOnlyAuditIT {

    @Test
    void theApplicationAccountAddsToTheAuditTrailButCannotRewriteIt() throws Exception {
        TestDatabase owner = TestDatabase.required();
        TestDatabase application = owner.asApplicationAccount();
        owner.withEmptySiblingDatabase(schema -> {
            TestDatabase schemaAsApplication = new TestDatabase(schema.url(), application.user(), application.password());
            TargetFolder.fresh("it-append-only");
            try (PayaraMicro tool = PayaraMicro.start("it-append-only", Map.of(
                    "RK_DB_URL", schema.url(), "RK_DB_USER", application.user(), "RK_DB_PASSWORD", application.password(),
                    "RK_DB_MIGRATION_USER", schema.user(), "RK_DB_MIGRATION_PASSWORD", schema.password()));
                 TestPlatform platform = TestPlatform.start().registerIn(schema.dataSource(), "SMA Jejak Tetap")) {
                assertEquals(200, new Http(tool).awaitStatus("/health/ready", 200, Duration.ofSeconds(90)).statusCode(),
                        tool.logTail());

                new SchoolPeople(tool, schema.dataSource(), platform).student("sari", "Sari Wulandari");
                assertEquals(1, count(schema, "SELECT COUNT(*) FROM audit_entry WHERE action = 'LAUNCH_ACCEPTED'"),
                        "the service, as its own account, recorded the launch");
                assertEquals(1, count(schema, "SELECT COUNT(*) FROM school_member WHERE subject = 'sari'"),
                        "and wrote the member it launched");

                try (Connection connection = schemaAsApplication.dataSource().getConnection();
                     Statement statement = connection.createStatement()) {
                    assertTrue(statement.executeQuery("SELECT COUNT(*) FROM audit_entry").next(), "it may read the trail");
                    SQLException update = assertThrows(SQLException.class,
                            () -> statement.executeUpdate("UPDATE audit_entry SET action = 'LAUNCH_REFUSED'"));
                    assertTrue(update.getMessage().contains("denied"), update.getMessage());
                    SQLException delete = assertThrows(SQLException.class,
                            () -> statement.executeUpdate("DELETE FROM audit_entry"));
                    assertTrue(delete.getMessage().contains("denied"), delete.getMessage());
                    assertEquals(1, statement.executeUpdate("UPDATE school_member SET display_name = 'Sari W.' WHERE subject = 'sari'"),
                            "every other table stays writable");
                }
                assertEquals(1, count(schema, "SELECT COUNT(*) FROM audit_entry WHERE action = 'LAUNCH_ACCEPTED'"),
                        "the entry is still there, unchanged");
                assertTrue(Files.readString(tool.folder().resolve("server.log"))
                        .contains("The audit trail is append-only for the application's database account"), "the log says so");
            }
        });
    }

    private static int count(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
