package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.platform.control.SchemaMigration;
import id.ruangkonseling.testing.TargetFolder;
import id.ruangkonseling.testing.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The Flyway migrations apply cleanly, unchanged, to an empty database of each kind we support. */
class MigrationsIT {

    private static final List<String> TABLES = List.of("school", "school_member", "course_context", "lti_platform", "lti_login",
            "lti11_consumer", "lti11_nonce",
            "lti_invitation", "lti_ticket", "audit_entry", "lti_deep_link_offer",
            "course_member", "referral", "counseling_case", "counseling_request",
            "case_note", "conversation", "chat_message", "conversation_read", "availability_slot", "appointment",
            "request_draft", "data_key",
            "pseudonym", "identity_reveal", "crisis_phrase", "help_contact", "crisis_duty", "crisis_notice",
            "retention_policy", "export_request");

    @Test
    void migrationsApplyToAnEmptyH2Database() throws Exception {
        assertMigratesCleanly(TestDatabase.h2(TargetFolder.fresh("it-migrations-h2").resolve("rk")));
    }

    @Test
    void migrationsApplyToAnEmptyMariaDbDatabase() throws Exception {
        TestDatabase.required().withEmptySibling(MigrationsIT::assertMigratesCleanly);
    }

    private static void assertMigratesCleanly(DataSource database) throws Exception {
        assertEquals(migrationFiles(), SchemaMigration.migrate(database), "every migration applied");
        assertEquals(0, SchemaMigration.migrate(database), "nothing left to apply the second time");
        try (Connection connection = database.getConnection()) {
            for (String table : TABLES) {
                try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    assertTrue(rows.next(), table);
                    assertEquals(0, rows.getInt(1), table + " exists and is empty");
                }
            }
            try (ResultSet failed = connection.createStatement()
                    .executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")) {
                failed.next();
                assertEquals(0, failed.getInt(1), "no failed migration in the history");
            }
        }
    }

    private static long migrationFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(SchemaMigration.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        }
    }
}
