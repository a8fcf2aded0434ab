package id.ruangkonseling.platform;

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

/** {@code /health/ready} on the shared server, and where its schema went. */
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
}
