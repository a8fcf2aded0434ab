package id.ruangkonseling.reports;

import static id.ruangkonseling.testing.TestPlatform.ADMINISTRATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not part of the suite (run it with {@code -Dit.test=ReportsBenchmark}): a school with 10,000 requests (each with
 * its case and conversation) and 200,000 messages over a semester; how long the semester's report page takes for
 * the admin and for a counselor. It prints the times; the issue asks for at most one second.
 */
@ExtendWith(SharedServer.class)
class ReportsBenchmark {

    private static final Logger LOG = Logger.getLogger(ReportsBenchmark.class.getName());
    private static final int REQUESTS = 10_000;
    private static final int MESSAGES_PER_CONVERSATION = 20;
    private static final long BASE = 50_000_000L;
    private static final String[] FIELDS = {"PERSONAL", "SOCIAL", "LEARNING", "CAREER"};
    private static final String SEMESTER = "?from=2026-07-01&to=2026-12-31";

    @Test
    void theSemesterReportOfABigSchool(PayaraMicro tool, DataSource database, TestPlatform school) throws SQLException {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        Http counselor = people.counselor("bench-bk", "Bu Bench");
        Http admin = people.signIn("bench-admin", "Bu Kepala", ADMINISTRATOR);
        long schoolId = ReportSeed.single(database, "SELECT id FROM school WHERE issuer = '" + school.issuer() + "'");
        long counselorId = ReportSeed.single(database, "SELECT id FROM school_member WHERE school_id = " + schoolId + " AND subject = 'bench-bk'");
        long started = System.nanoTime();
        seed(database, schoolId, counselorId);
        LOG.info(() -> "seeded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        LOG.info("admin semester page, ms: " + times(admin, "/admin/reports" + SEMESTER));
        LOG.info("counselor semester page, ms: " + times(counselor, "/counselor/reports" + SEMESTER));
    }

    private static List<Long> times(Http who, String path) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            assertEquals(200, who.get(path).statusCode());
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        return times;
    }

    private static void seed(DataSource database, long schoolId, long counselorId) throws SQLException {
        Instant july = ReportSeed.at("2026-07-01T07:00");
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            long students = BASE;
            try (PreparedStatement student = connection.prepareStatement("INSERT INTO school_member (id, school_id, subject, display_name,"
                    + " student, first_seen_at, last_seen_at) VALUES (?, ?, ?, 'Bench', TRUE, ?, ?)")) {
                for (int i = 0; i < 2000; i++) {
                    student.setLong(1, students + i);
                    student.setLong(2, schoolId);
                    student.setString(3, "bench-" + schoolId + "-" + i);
                    student.setTimestamp(4, Timestamp.from(july));
                    student.setTimestamp(5, Timestamp.from(july));
                    student.addBatch();
                }
                student.executeBatch();
            }
            try (PreparedStatement kase = connection.prepareStatement("INSERT INTO counseling_case (id, school_id, student_id, counselor_id,"
                    + " status, opened_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement conversation = connection.prepareStatement("INSERT INTO conversation (id, school_id, student_id,"
                         + " counselor_id, case_id, created_at, last_seq) VALUES (?, ?, ?, ?, ?, ?, 20)");
                 PreparedStatement request = connection.prepareStatement("INSERT INTO counseling_request (school_id, student_id, service_field,"
                         + " about, urgency, contact_mode, status, submitted_at, decided_at, counseling_case_id, conversation_id)"
                         + " VALUES (?, ?, ?, 'x', 'SOON', 'CHAT', 'ACCEPTED', ?, ?, ?, ?)");
                 PreparedStatement message = connection.prepareStatement("INSERT INTO chat_message (school_id, conversation_id, seq, client_id,"
                         + " author_id, body, sent_at) VALUES (?, ?, ?, ?, ?, 'x', ?)")) {
                for (int i = 0; i < REQUESTS; i++) {
                    long id = BASE + i;
                    long student = students + i % 2000;
                    Timestamp submitted = Timestamp.from(july.plusSeconds(i * 1500L));
                    Timestamp decided = Timestamp.from(july.plusSeconds(i * 1500L + 3600));
                    bind(kase, id, schoolId, student, counselorId, i % 3 == 0 ? "CLOSED" : "ACTIVE", decided, decided);
                    kase.addBatch();
                    bind(conversation, id, schoolId, student, counselorId, id, submitted);
                    conversation.addBatch();
                    bind(request, schoolId, student, FIELDS[i % 4], submitted, decided, id, id);
                    request.addBatch();
                    for (int m = 1; m <= MESSAGES_PER_CONVERSATION; m++) {
                        bind(message, schoolId, id, (long) m, "b" + m, m % 2 == 0 ? counselorId : student,
                                Timestamp.from(july.plusSeconds(i * 1500L + m * 7200L)));
                        message.addBatch();
                    }
                    if (i % 500 == 499) {
                        kase.executeBatch();
                        conversation.executeBatch();
                        request.executeBatch();
                        message.executeBatch();
                        connection.commit();
                    }
                }
            }
            connection.commit();
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
