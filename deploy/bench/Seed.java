import id.ruangkonseling.platform.entity.DataCipher;
import id.ruangkonseling.platform.entity.DataKeys;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills the demo school with a busy school's history, straight into the database the running service uses, its
 * texts encrypted under the service's data key as the service itself would store them: students, teachers and
 * counselors, requests and referrals, cases with their conversations and messages, one case with a long
 * conversation. The demo counselor (signed in before) gets a counselor's share of it.
 */
final class Seed {

    /** How big: a school's numbers, or a twentieth of them for the quick run. */
    record Size(int students, int teachers, int counselors, int requests, int referrals, int cases, int messages, int longConversation) {
        static Size of(boolean quick) {
            return quick ? new Size(100, 3, 4, 200, 50, 30, 2_500, 200) : new Size(2_000, 30, 4, 4_000, 1_000, 600, 50_000, 2_000);
        }
    }

    /** What the measurements need to find again. */
    record Seeded(long longCase) {
    }

    private static final String[] FIELDS = {"PERSONAL", "SOCIAL", "LEARNING", "CAREER"};
    private static final String[] ABOUT = {
        "Saya sering cemas menjelang ujian dan susah tidur.", "Saya merasa tidak punya teman dekat di kelas.",
        "Nilai matematika saya turun dan saya bingung cara belajarnya.", "Saya ingin tahu jurusan kuliah yang cocok untuk saya.",
        "Orang tua saya sering bertengkar dan saya sulit fokus.", "Ada teman yang terus mengejek saya di grup kelas."};
    private static final String[] LINES = {
        "Selamat siang, Bu. Saya mau cerita.", "Silakan, Ibu dengarkan. Ceritakan pelan-pelan ya.",
        "Kemarin saya tidak bisa konsentrasi waktu ulangan.", "Apa yang kamu rasakan waktu itu?",
        "Deg-degan, tangan saya dingin.", "Itu wajar. Kita coba latihan napas bersama, ya.", "Baik, Bu. Terima kasih."};

    private final Connection db;
    private final DataCipher cipher;
    private final Random random = new Random(42);
    private final Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    private Seed(Connection db, DataCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    static Seeded into(String url, String user, String password, String dataKey, long school, long demoCounselor, Size size)
            throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            Seeded seeded = new Seed(db, new DataCipher(DataKeys.parse(dataKey))).fill(school, demoCounselor, size);
            db.commit();
            analyze(db);
            return seeded;
        }
    }

    /**
     * The database's statistics brought up to date after the bulk load, as a running school's are: the planner
     * otherwise still plans for the nearly empty tables it last measured.
     */
    private static void analyze(Connection db) throws SQLException {
        boolean h2 = db.getMetaData().getDatabaseProductName().startsWith("H2");
        try (Statement analyze = db.createStatement()) {
            analyze.execute(h2 ? "ANALYZE" : "ANALYZE TABLE school_member, course_context, counseling_case, conversation,"
                    + " counseling_request, chat_message, conversation_read, referral");
        }
    }

    private Seeded fill(long school, long demoCounselor, Size size) throws SQLException {
        List<Long> students = members(school, "siswa", "Siswa", size.students(), "student");
        List<Long> teachers = members(school, "guru", "Guru", size.teachers(), "teacher");
        List<Long> counselors = new ArrayList<>(members(school, "bk", "Guru BK", size.counselors() - 1, "counselor"));
        counselors.add(demoCounselor);
        long course = insert("INSERT INTO course_context (school_id, context_id, title, last_seen_at) VALUES (?, ?, ?, ?)",
                school, "bench-xi-ipa-1", "XI IPA 1 (bench)", now);
        long longCase = 0;
        for (int i = 0; i < size.cases(); i++) {
            long student = students.get(i % students.size());
            long counselor = i == 0 ? demoCounselor : counselors.get(i % counselors.size());
            long kase = insert("INSERT INTO counseling_case (school_id, student_id, counselor_id, status, opened_at, changed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", school, student, counselor, i % 5 == 0 ? "CLOSED" : "ACTIVE", ago(i), ago(i));
            long conversation = insert("INSERT INTO conversation (school_id, student_id, counselor_id, case_id, created_at, last_seq)"
                    + " VALUES (?, ?, ?, ?, ?, 0)", school, student, counselor, kase, ago(i));
            request(school, student, "ACCEPTED", kase, conversation, i);
            int messages = i == 0 ? size.longConversation() : (size.messages() - size.longConversation()) / Math.max(1, size.cases() - 1);
            messages(school, conversation, student, counselor, messages, i);
            if (i == 0) {
                longCase = kase;
            }
        }
        for (int i = size.cases(); i < size.requests(); i++) {
            long student = students.get(i % students.size());
            long conversation = insert("INSERT INTO conversation (school_id, student_id, created_at, last_seq) VALUES (?, ?, ?, 0)",
                    school, student, ago(i));
            request(school, student, i % 3 == 0 ? "DECLINED" : "SUBMITTED", null, conversation, i);
        }
        for (int i = 0; i < size.referrals(); i++) {
            insert("INSERT INTO referral (school_id, teacher_id, student_id, course_id, service_field, reason, observations, urgency,"
                    + " student_knows, status, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", school,
                    teachers.get(i % teachers.size()), students.get(random.nextInt(students.size())), course, FIELDS[i % 4],
                    cipher.encrypt("Sering terlihat murung dan menyendiri saat istirahat."),
                    cipher.encrypt("Tiga minggu terakhir tidak mengumpulkan tugas."), i % 7 == 0 ? "SOON" : "CAN_WAIT", "YES",
                    i % 4 == 0 ? "RECEIVED" : "CLOSED", ago(i));
        }
        return new Seeded(longCase);
    }

    private List<Long> members(long school, String subject, String name, int count, String role) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(insert("INSERT INTO school_member (school_id, subject, display_name, " + role + ", first_seen_at, last_seen_at)"
                    + " VALUES (?, ?, ?, TRUE, ?, ?)", school, "bench-" + subject + "-" + i, name + " " + i, now, now));
        }
        return ids;
    }

    private void request(long school, long student, String status, Long kase, long conversation, int i) throws SQLException {
        insert("INSERT INTO counseling_request (school_id, student_id, service_field, about, urgency, contact_mode, status, submitted_at,"
                        + " decided_at, counseling_case_id, conversation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                school, student, FIELDS[i % 4], cipher.encrypt(ABOUT[i % ABOUT.length]), i % 11 == 0 ? "NOW" : "SOON",
                i % 3 == 0 ? "MESSAGES" : "CHAT", status, ago(i), "SUBMITTED".equals(status) ? null : ago(i), kase, conversation);
    }

    private void messages(long school, long conversation, long student, long counselor, int count, int i) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO chat_message (school_id, conversation_id, seq, client_id,"
                + " author_id, body, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int seq = 1; seq <= count; seq++) {
                bind(insert, school, conversation, seq, "bench-" + seq, seq % 2 == 1 ? student : counselor,
                        cipher.encrypt(LINES[seq % LINES.length]), Timestamp.from(ago(i).toInstant().plusSeconds(seq * 30L)));
                insert.addBatch();
                if (seq % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement last = db.prepareStatement("UPDATE conversation SET last_seq = ? WHERE id = ?")) {
            bind(last, count, conversation);
            last.executeUpdate();
        }
        // each side has read the conversation up to where they last wrote in it (the student writes the odd
        // numbers), as the conversation's page marks it when they write
        readUpTo(school, conversation, student, count % 2 == 1 ? count : count - 1);
        readUpTo(school, conversation, counselor, count % 2 == 0 ? count : count - 1);
    }

    private void readUpTo(long school, long conversation, long reader, long seq) throws SQLException {
        if (seq > 0) {
            insert("INSERT INTO conversation_read (school_id, conversation_id, member_id, last_read_seq) VALUES (?, ?, ?, ?)",
                    school, conversation, reader, seq);
        }
    }

    private Timestamp ago(int i) {
        return Timestamp.from(now.toInstant().minus(i % 180, ChronoUnit.DAYS).minusSeconds(i * 37L % 86_400));
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, values);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
