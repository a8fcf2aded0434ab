package id.ruangkonseling.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
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
 * What an idle poll costs the database: nothing. H2 counts every statement it executes, from any
 * connection ({@code SET QUERY_STATISTICS TRUE}); across 1,000 polls with nothing new no statement on
 * the tables a poll could read (conversations, messages, read receipts, members, schools) runs at all.
 * (Making the poll run one query makes this fail with 1,000.) Work the server does on its own meanwhile
 * — a freshly started server's first reads, the once-a-minute read of the platforms that may frame
 * it — touches other tables and is listed in the message, not counted.
 */
@ExtendWith(SharedServer.class)
class IdlePollCostIT {

    /** The statements that could answer a poll: any that reads the chat's tables or who takes part. */
    private static final String POLL_STATEMENTS = "SELECT COALESCE(SUM(EXECUTION_COUNT), 0)"
            + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'"
            + " AND REGEXP_LIKE(SQL_STATEMENT, '(CONVERSATION|CHAT_MESSAGE|SCHOOL_MEMBER|SCHOOL\\b)', 'i')";

    @Test
    void athousandIdlePollsRunNoSqlStatement(PayaraMicro tool, DataSource database, TestPlatform school) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            assumeTrue(connection.getMetaData().getDatabaseProductName().equals("H2"), "counted on H2");
            ChatParties people = new ChatParties(tool, database, school);
            Http student = people.student("idle-siswa", "Sinta");
            long conversation = people.request(student);
            assertEquals(201, people.send(student, conversation, "idle-1", "Halo").statusCode());
            String poll = "/api/conversations/" + conversation + "/messages?after=1";
            assertEquals(304, student.get(poll).statusCode(), "the first poll may load the conversation");

            statement.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
            statement.execute("SET QUERY_STATISTICS TRUE");
            try {
                long before = count(statement);
                for (int i = 0; i < 1000; i++) {
                    assertEquals(304, student.get(poll, "If-None-Match", "\"1\"").statusCode());
                }
                assertEquals(before, count(statement), "statements run while 1,000 idle polls were answered: " + ran(statement));
            } finally {
                statement.execute("SET QUERY_STATISTICS FALSE");
            }
        }
    }

    /** What ran, for the failure message. */
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

    private static long count(Statement statement) throws SQLException {
        try (ResultSet total = statement.executeQuery(POLL_STATEMENTS)) {
            total.next();
            return total.getLong(1);
        }
    }
}
