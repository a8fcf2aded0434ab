package id.ruangkonseling.counseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.safeguarding.entity.Pseudonym;
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
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What opening the desk costs the database when the school has many waiting requests, named and unnamed: a
 * bounded number of statements, not one (or more) per request. On H2 every statement the server runs is counted
 * ({@code QUERY_STATISTICS}); on MariaDB every statement the server received ({@code Questions}, which counts
 * this test's own few too). Before the queue fetched its students with it, 500 requests cost over 500; before it
 * fetched the page's pseudonyms in one statement, each unnamed request cost one more; before the counselor's cases
 * came with their students, each case cost one (the benchmark's desk ran 156 for 150 cases).
 */
@ExtendWith(SharedServer.class)
class DeskStatementsIT {

    private static final int WAITING = 500;
    /** Of those, the students who stayed unnamed, each with a pseudonym that hides their name; all of them urgent. */
    private static final int UNNAMED = 200;
    /** The counselor's own open cases, half of them unnamed: the desk lists each. */
    private static final int MY_CASES = 100;
    /** The desk's reads: its own, the template's and the crisis part's; nowhere near one per request or case. */
    private static final long BOUND = 60;

    @Test
    void theDeskWithFiveHundredWaitingRequestsAndAHundredCasesRunsABoundedNumberOfStatements(PayaraMicro tool, DataSource database,
                                                                                            TestPlatform school) throws SQLException {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        Http counselor = people.counselor("ds-bk", "Bu Hitung");
        seedWaitingRequests(database, school);
        seedMyCases(database);

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
            assertTrue(Pattern.compile(">\\s*Siswa [" + Pseudonym.ALPHABET + "]{" + Pseudonym.LENGTH + "}\\s*<").matcher(desk.body()).find(),
                    "the queue's first page shows the urgent unnamed students by their pseudonyms");
            assertFalse(desk.body().contains("Siswa Rahasia "), "no unnamed student's name shows");
            assertTrue(desk.body().contains("Siswa Antre " + (WAITING - 1)), "the counselor's named cases are listed");
            assertTrue(ran <= BOUND, "opening the desk ran " + ran + " statements for " + WAITING + " waiting requests and "
                    + MY_CASES + " cases");
        }
    }

    /**
     * {@value #MY_CASES} open cases of the counselor: of the last named students and of the first unnamed ones
     * (each case unnamed like its request), as if the counselor had taken them up.
     */
    private static void seedMyCases(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement cases = connection.prepareStatement("INSERT INTO counseling_case (school_id, student_id, counselor_id,"
                     + " status, opened_at, changed_at, unnamed) SELECT s.school_id, s.id, c.id, 'ACTIVE', ?, ?, s.subject LIKE 'rahasia-%'"
                     + " FROM school_member s JOIN school_member c ON c.school_id = s.school_id AND c.subject = 'ds-bk'"
                     + " WHERE s.subject IN (" + "?, ".repeat(MY_CASES - 1) + "?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            cases.setTimestamp(1, now);
            cases.setTimestamp(2, now);
            for (int i = 1; i <= MY_CASES / 2; i++) {
                cases.setString(2 + i, "rahasia-" + i);
                cases.setString(2 + MY_CASES / 2 + i, "antre-" + (WAITING - i));
            }
            assertEquals(MY_CASES, cases.executeUpdate());
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

    /**
     * {@value #WAITING} students of the school, each with one waiting request, written straight into the tables:
     * the first {@value #UNNAMED} unnamed and urgent, each with a pseudonym, the rest named and "soon".
     */
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
                 PreparedStatement pseudonym = connection.prepareStatement("INSERT INTO pseudonym (school_id, student_id, code,"
                         + " created_at) SELECT school_id, id, ?, ? FROM school_member WHERE school_id = ? AND subject = ?");
                 PreparedStatement request = connection.prepareStatement("INSERT INTO counseling_request (school_id, student_id,"
                         + " service_field, about, urgency, contact_mode, status, submitted_at, unnamed) SELECT school_id, id,"
                         + " 'LEARNING', 'Saya sulit fokus belajar.', CASE WHEN subject LIKE 'rahasia-%' THEN 'NOW' ELSE 'SOON' END,"
                         + " 'CHAT', 'SUBMITTED', ?, subject LIKE 'rahasia-%' FROM school_member"
                         + " WHERE school_id = ? AND (subject LIKE 'antre-%' OR subject LIKE 'rahasia-%')")) {
                for (int i = 1; i <= WAITING; i++) {
                    boolean unnamed = i <= UNNAMED;
                    member.setLong(1, schoolId);
                    member.setString(2, (unnamed ? "rahasia-" : "antre-") + i);
                    member.setString(3, (unnamed ? "Siswa Rahasia " : "Siswa Antre ") + i);
                    member.setTimestamp(4, now);
                    member.setTimestamp(5, now);
                    member.addBatch();
                }
                member.executeBatch();
                for (int i = 1; i <= UNNAMED; i++) {
                    pseudonym.setString(1, code(i));
                    pseudonym.setTimestamp(2, now);
                    pseudonym.setLong(3, schoolId);
                    pseudonym.setString(4, "rahasia-" + i);
                    pseudonym.addBatch();
                }
                pseudonym.executeBatch();
                request.setTimestamp(1, now);
                request.setLong(2, schoolId);
                assertEquals(WAITING, request.executeUpdate());
            }
        }
    }

    /** The pseudonym code of the {@code i}th unnamed student: {@code i} in the pseudonyms' alphabet. */
    private static String code(int i) {
        StringBuilder code = new StringBuilder();
        for (int rest = i, digit = 0; digit < Pseudonym.LENGTH; digit++, rest /= Pseudonym.ALPHABET.length()) {
            code.insert(0, Pseudonym.ALPHABET.charAt(rest % Pseudonym.ALPHABET.length()));
        }
        return code.toString();
    }
}
