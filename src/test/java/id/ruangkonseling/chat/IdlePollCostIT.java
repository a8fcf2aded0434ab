package id.ruangkonseling.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.Requirement;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an idle poll costs the database: nothing. Across 1,000 polls with nothing new, nothing touches the
 * tables a poll could read (conversations, messages, read receipts, members, schools). On H2 every
 * statement is counted ({@code SET QUERY_STATISTICS TRUE}); on MariaDB the rows read and changed per
 * table ({@code userstat}, which {@code .ci/run} switches on). A poll that reads its conversation makes
 * this fail (H2: 1,000 statements; MariaDB: 3,000 rows; both tried). Work the server does on its own
 * meanwhile (a fresh server's first reads, the once-a-minute read of the platforms that may frame it)
 * touches other tables.
 */
@ExtendWith(SharedServer.class)
class IdlePollCostIT {

    /** On H2: the statements that could answer a poll, any that names the chat's tables or who takes part. */
    private static final String H2_STATEMENTS = "SELECT COALESCE(SUM(EXECUTION_COUNT), 0)"
            + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'"
            + " AND REGEXP_LIKE(SQL_STATEMENT, '(CONVERSATION|CHAT_MESSAGE|SCHOOL_MEMBER|SCHOOL\\b)', 'i')";
    /** On MariaDB: the rows of those tables read or changed by anyone. */
    private static final String MARIADB_ROWS = "SELECT COALESCE(SUM(ROWS_READ + ROWS_CHANGED), 0)"
            + " FROM INFORMATION_SCHEMA.TABLE_STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
            + " AND TABLE_NAME IN ('conversation', 'chat_message', 'conversation_read', 'school_member', 'school')";

    @Test
    void athousandIdlePollsTouchNoTableAPollCouldRead(PayaraMicro tool, DataSource database, TestPlatform school)
            throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
            if (!h2) {
                Requirement.DATABASE.assume(userStatisticsOn(statement)); // .ci/run: SET GLOBAL userstat=1
            }
            ChatParties people = new ChatParties(tool, database, school);
            Http student = people.student("idle-siswa", "Sinta");
            long conversation = people.request(student);
            assertEquals(201, people.send(student, conversation, "idle-1", "Halo").statusCode());
            String poll = "/api/conversations/" + conversation + "/messages?after=1";
            assertEquals(304, student.get(poll).statusCode(), "the first poll may load the conversation");

            if (h2) {
                statement.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
                statement.execute("SET QUERY_STATISTICS TRUE");
            }
            String count = h2 ? H2_STATEMENTS : MARIADB_ROWS;
            try {
                long before = number(statement, count);
                for (int i = 0; i < 1000; i++) {
                    assertEquals(304, student.get(poll, "If-None-Match", "\"1\"").statusCode());
                }
                assertEquals(before, number(statement, count), "database work while 1,000 idle polls were answered"
                        + (h2 ? ": " + ran(statement) : " (rows of the chat's and members' tables)"));
            } finally {
                if (h2) {
                    statement.execute("SET QUERY_STATISTICS FALSE");
                }
            }
        }
    }

    private static boolean userStatisticsOn(Statement statement) throws SQLException {
        try (ResultSet on = statement.executeQuery("SELECT @@userstat")) {
            return on.next() && on.getInt(1) == 1;
        } catch (SQLException notMariaDb) {
            return false;
        }
    }

    /** What ran on H2, for the failure message. */
    private static String ran(Statement statement) throws SQLException {
        StringBuilder ran = new StringBuilder();
        try (ResultSet rows = statement.executeQuery("SELECT EXECUTION_COUNT, SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                + " WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'")) {
            while (rows.next()) {
                ran.append('\n').append(rows.getLong(1)).append(" × ").append(rows.getString(2));
            }
        }
        return ran.toString();
    }

    private static long number(Statement statement, String query) throws SQLException {
        try (ResultSet total = statement.executeQuery(query)) {
            total.next();
            return total.getLong(1);
        }
    }
}
