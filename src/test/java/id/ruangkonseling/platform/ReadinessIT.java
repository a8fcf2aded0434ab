package id.ruangkonseling.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /health/ready} on the shared server, where its schema went, and a first boot that logs no error. */
@ExtendWith(SharedServer.class)
class ReadinessIT {

    @Test
    void readyWhenTheDatabaseAnswers(PayaraMicro server) {
        HttpResponse<String> ready = new Http(server).get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"name\":\"database\",\"status\":\"UP\""), ready.body());
    }

    @Test
    void onMariaDbTheSchemaHistoryIsInThatDatabase(PayaraMicro server) throws SQLException {
        TestDatabase database = TestDatabase.required();
        assertEquals(200, new Http(server).get("/health/ready").statusCode());

        try (Connection connection = database.dataSource().getConnection();
             ResultSet history = connection.createStatement().executeQuery(
                     "SELECT version, success FROM flyway_schema_history WHERE version = '1'")) {
            assertTrue(history.next(), "migration 1 is recorded in " + database.databaseName());
            assertTrue(history.getBoolean("success"));
        }
    }

    /**
     * The shared server booted on an empty database: whatever starts with it (the framing origins' read in the
     * background, the key rings) ran after the migrations, so no table was missing and nothing logged an error.
     */
    @Test
    void aFirstBootLogsNoMissingTableAndNoError(PayaraMicro server) throws IOException {
        assertEquals(200, new Http(server).get("/health/ready").statusCode());
        List<String> log = Files.readAllLines(server.folder().resolve("server.log"));
        List<String> booted = log.subList(0, log.stream().filter(line -> line.contains("Payara Micro URLs:")).findFirst()
                .map(log::indexOf).orElse(log.size()));
        assertEquals(List.of(), booted.stream().filter(line -> line.contains("doesn't exist") || line.contains("not found; SQL")
                || line.contains("SEVERE")).toList(), "the first boot's log");
    }
}
