package id.ruangkonseling.counseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What opening the desk costs the database when the school has many waiting requests: a bounded number of
 * statements, not one (or more) per request. On H2 every statement the server runs is counted
 * ({@code QUERY_STATISTICS}); on MariaDB every statement the server received ({@code Questions}, which counts
 * this test's own few too). Before the queue fetched its students with it, 500 requests cost over 500.
 */
@ExtendWith(SharedServer.class)
class DeskStatementsIT {

    private static final int WAITING = 500;
    /** The desk's reads: its own, the template's and the crisis part's; nowhere near one per request. */
    private static final long BOUND = 60;

    @Test
    void theDeskWithFiveHundredWaitingRequestsRunsABoundedNumberOfStatements(PayaraMicro tool, DataSource database,
                                                                           TestPlatform school) throws SQLException {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        Http counselor = people.counselor("ds-bk", "Bu Hitung");
        seedWaitingRequests(database, school);

        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
            if (h2) {
                statement.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
                statement.execute("SET QUERY_STATISTICS TRUE");
            }
            long before = statements(statement, h2);
            HttpResponse<String> desk = counselor.get("/counselor/");
            long ran = statements(statement, h2) - before;
            if (h2) {
                statement.execute("SET QUERY_STATISTICS FALSE");
            }

            assertEquals(200, desk.statusCode());
            assertTrue(desk.body().contains("menunggu: <strong>" + WAITING + "</strong>"), "the desk counts every one");
            assertTrue(desk.body().contains("Siswa Antre "), "the queue's first page shows");
            assertTrue(ran <= BOUND, "opening the desk ran " + ran + " statements for " + WAITING + " waiting requests");
        }
    }

    private static long statements(Statement statement, boolean h2) throws SQLException {
        String count = h2 ? "SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                + " WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'" : "SHOW GLOBAL STATUS LIKE 'Questions'";
        try (ResultSet result = statement.executeQuery(count)) {
            result.next();
            return result.getLong(h2 ? 1 : 2);
        }
    }

    /** {@value #WAITING} students of the school, each with one waiting request, written straight into the tables. */
    private static void seedWaitingRequests(DataSource database, TestPlatform school) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = database.getConnection()) {
            long schoolId;
            try (PreparedStatement find = connection.prepareStatement("SELECT id FROM school WHERE issuer = ?")) {
                find.setString(1, school.issuer());
                try (ResultSet result = find.executeQuery()) {
                    result.next();
                    schoolId = result.getLong(1);
                }
            }
            try (PreparedStatement member = connection.prepareStatement("INSERT INTO school_member (school_id, subject,"
                    + " display_name, student, first_seen_at, last_seen_at) VALUES (?, ?, ?, TRUE, ?, ?)");
                 PreparedStatement request = connection.prepareStatement("INSERT INTO counseling_request (school_id, student_id,"
                         + " service_field, about, urgency, contact_mode, status, submitted_at) SELECT school_id, id, 'LEARNING',"
                         + " 'Saya sulit fokus belajar.', 'SOON', 'CHAT', 'SUBMITTED', ? FROM school_member"
                         + " WHERE school_id = ? AND subject LIKE 'antre-%'")) {
                for (int i = 1; i <= WAITING; i++) {
                    member.setLong(1, schoolId);
                    member.setString(2, "antre-" + i);
                    member.setString(3, "Siswa Antre " + i);
                    member.setTimestamp(4, now);
                    member.setTimestamp(5, now);
                    member.addBatch();
                }
                member.executeBatch();
                request.setTimestamp(1, now);
                request.setLong(2, schoolId);
                assertEquals(WAITING, request.executeUpdate());
            }
        }
    }
}
