package id.ruangkonseling.privacy;

import id.ruangkonseling.testing.Rows;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Students of a test school with cases of any age, written straight into the shared database: the
 * flows cannot backdate a last launch or a closing. Texts are stored plain, which the service reads as
 * it reads data from before encryption.
 */
final class StudentSeed {

    private final DataSource database;
    private final long schoolId;
    private final long counselor;
    private final long teacher;
    private final long course;

    /** Everything of one seeded case, by table: the rows a purge must remove, or leave. */
    record SeededCase(long student, Map<String, Long> rows) {
    }

    StudentSeed(DataSource database, String issuer, String prefix) throws SQLException {
        this.database = database;
        this.schoolId = single("SELECT id FROM school WHERE issuer = '" + issuer + "'");
        Instant now = Instant.now();
        this.counselor = insert("INSERT INTO school_member (school_id, subject, display_name, counselor, teacher, first_seen_at,"
                + " last_seen_at) VALUES (?, ?, ?, TRUE, TRUE, ?, ?)", schoolId, prefix + "-bk", "Bu Konselor " + prefix, now, now);
        this.teacher = insert("INSERT INTO school_member (school_id, subject, display_name, teacher, first_seen_at, last_seen_at)"
                + " VALUES (?, ?, ?, TRUE, ?, ?)", schoolId, prefix + "-guru", "Pak Wali " + prefix, now, now);
        this.course = insert("INSERT INTO course_context (school_id, context_id, title, last_seen_at) VALUES (?, ?, ?, ?)",
                schoolId, prefix + "-course", "Kelas XI " + prefix, now);
    }

    long schoolId() {
        return schoolId;
    }

    long student(String subject, String name, Instant lastSeen) throws SQLException {
        return insert("INSERT INTO school_member (school_id, subject, display_name, student, first_seen_at, last_seen_at)"
                + " VALUES (?, ?, ?, TRUE, ?, ?)", schoolId, subject, name, lastSeen.minusSeconds(86_400), lastSeen);
    }

    /** The member of this school who launched as {@code subject}. */
    long memberId(String subject) throws SQLException {
        return single("SELECT id FROM school_member WHERE school_id = " + schoolId + " AND subject = '" + subject + "'");
    }

    /** An audit entry of a counselor reading the case, at {@code at}. */
    void caseRead(long caseId, Instant at) throws SQLException {
        update("INSERT INTO audit_entry (occurred_at, school_id, actor_id, actor_role, action, subject_type, subject_id)"
                + " VALUES (?, ?, ?, 'COUNSELOR', 'CASE_READ', 'case', ?)", at, schoolId, counselor, String.valueOf(caseId));
    }

    /** The student is known only from a teacher's referral: they never launched, so they hold no role yet. */
    void onlyReferred(long student) throws SQLException {
        update("UPDATE school_member SET student = FALSE WHERE id = ?", student);
    }

    void markLeft(long student, Instant at) throws SQLException {
        update("UPDATE school_member SET left_at = ? WHERE id = ?", at, student);
    }

    /**
     * A case of the student with everything a case can have: the request that opened it, its
     * conversation with a message and a read receipt, a note, an appointment and a referral merged in.
     */
    SeededCase caseOf(long student, String status, Instant changedAt, String words) throws SQLException {
        Instant opened = changedAt.minusSeconds(30L * 86_400);
        Map<String, Long> rows = new LinkedHashMap<>();
        long caseId = insert("INSERT INTO counseling_case (school_id, student_id, counselor_id, status, opened_at, changed_at, outcome)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", schoolId, student, counselor, status, opened, changedAt, "Hasil: " + words);
        rows.put("counseling_case", caseId);
        long conversation = insert("INSERT INTO conversation (school_id, student_id, counselor_id, case_id, created_at, last_seq)"
                + " VALUES (?, ?, ?, ?, ?, 1)", schoolId, student, counselor, caseId, opened);
        rows.put("conversation", conversation);
        rows.put("counseling_request", insert("INSERT INTO counseling_request (school_id, student_id, service_field, about, urgency,"
                        + " contact_mode, status, submitted_at, decided_at, counseling_case_id, conversation_id)"
                        + " VALUES (?, ?, 'PERSONAL', ?, 'SOON', 'CHAT', 'ACCEPTED', ?, ?, ?, ?)",
                schoolId, student, "Permohonan: " + words, opened, opened, caseId, conversation));
        rows.put("chat_message", insert("INSERT INTO chat_message (school_id, conversation_id, seq, client_id, author_id, body, sent_at)"
                + " VALUES (?, ?, 1, ?, ?, ?, ?)", schoolId, conversation, "c-" + caseId, student, "Pesan: " + words, opened));
        rows.put("conversation_read", insert("INSERT INTO conversation_read (school_id, conversation_id, member_id, last_read_seq)"
                + " VALUES (?, ?, ?, 1)", schoolId, conversation, counselor));
        rows.put("case_note", insert("INSERT INTO case_note (school_id, case_id, author_id, held_on, contact_mode, summary, written_at)"
                + " VALUES (?, ?, ?, ?, 'CHAT', ?, ?)", schoolId, caseId, counselor, LocalDate.of(2020, 1, 6), "Catatan: " + words, opened));
        rows.put("appointment", insert("INSERT INTO appointment (school_id, student_id, counselor_id, counseling_case_id, starts_at,"
                        + " ends_at, contact_mode, status, booked_at, changed_at, revision) VALUES (?, ?, ?, ?, ?, ?, 'CHAT', 'DONE', ?, ?, 0)",
                schoolId, student, counselor, caseId, opened, opened.plusSeconds(1800), opened, opened));
        rows.put("referral", insert("INSERT INTO referral (school_id, teacher_id, student_id, course_id, service_field, reason,"
                        + " observations, urgency, student_knows, status, received_at, case_id)"
                        + " VALUES (?, ?, ?, ?, 'LEARNING', ?, ?, 'SOON', 'YES', 'IN_PROGRESS', ?, ?)",
                schoolId, teacher, student, course, "Rujukan: " + words, "Pengamatan: " + words, opened, caseId));
        return new SeededCase(student, rows);
    }

    /**
     * A request of the student in {@code status} that never became a case, with everything such a request
     * can have: the conversation opened with it (a message, a read receipt) and a crisis notice to the counselor.
     * A declined one was declined at {@code at}; any other was submitted then and is still waiting.
     */
    SeededCase requestOf(long student, String status, Instant at, String words) throws SQLException {
        boolean declined = "DECLINED".equals(status);
        Instant submitted = declined ? at.minusSeconds(7L * 86_400) : at;
        Map<String, Long> rows = new LinkedHashMap<>();
        long conversation = insert("INSERT INTO conversation (school_id, student_id, counselor_id, created_at, last_seq)"
                + " VALUES (?, ?, ?, ?, 1)", schoolId, student, counselor, submitted);
        rows.put("conversation", conversation);
        long request = insert("INSERT INTO counseling_request (school_id, student_id, service_field, about, urgency,"
                        + " contact_mode, status, submitted_at, decided_at, decline_reason, conversation_id, crisis_at, crisis_source)"
                        + " VALUES (?, ?, 'PERSONAL', ?, 'SOON', 'CHAT', ?, ?, ?, ?, ?, ?, 'REQUEST')",
                schoolId, student, "Permohonan: " + words, status, submitted, declined ? at : null,
                declined ? "Alasan: " + words : null, conversation, submitted);
        rows.put("counseling_request", request);
        rows.put("chat_message", insert("INSERT INTO chat_message (school_id, conversation_id, seq, client_id, author_id, body, sent_at)"
                + " VALUES (?, ?, 1, ?, ?, ?, ?)", schoolId, conversation, "r-" + request, student, "Pesan: " + words, submitted));
        rows.put("conversation_read", insert("INSERT INTO conversation_read (school_id, conversation_id, member_id, last_read_seq)"
                + " VALUES (?, ?, ?, 1)", schoolId, conversation, counselor));
        rows.put("crisis_notice", insert("INSERT INTO crisis_notice (school_id, counselor_id, request_id, crisis_source, raised_at)"
                + " VALUES (?, ?, ?, 'REQUEST', ?)", schoolId, counselor, request, submitted));
        return new SeededCase(student, rows);
    }

    /** A teacher's referral about the student, received at {@code receivedAt} and never taken up. */
    long referralReceived(long student, Instant receivedAt, String words) throws SQLException {
        return insert("INSERT INTO referral (school_id, teacher_id, student_id, course_id, service_field, reason,"
                        + " observations, urgency, student_knows, status, received_at)"
                        + " VALUES (?, ?, ?, ?, 'LEARNING', ?, ?, 'SOON', 'YES', 'RECEIVED', ?)",
                schoolId, teacher, student, course, "Rujukan: " + words, "Pengamatan: " + words, receivedAt);
    }

    long draft(long student, Instant savedAt, String words) throws SQLException {
        return insert("INSERT INTO request_draft (school_id, student_id, about, saved_at) VALUES (?, ?, ?, ?)",
                schoolId, student, "Draf: " + words, savedAt);
    }

    /** Keeps the daily purge from running for this school today: the test runs it itself. */
    void purgedToday(LocalDate schoolToday) throws SQLException {
        update("INSERT INTO retention_policy (school_id, keep_years, left_after_months, last_purge_on) VALUES (?, 3, 12, ?)",
                schoolId, schoolToday);
    }

    /** How many rows of the table have this id (1 or 0). */
    long exists(String table, long id) throws SQLException {
        return single("SELECT COUNT(*) FROM " + table + " WHERE id = " + id);
    }

    long single(String sql) throws SQLException {
        return Rows.single(database, sql);
    }

    private long insert(String sql, Object... values) throws SQLException {
        return Rows.insert(database, sql, values);
    }

    private void update(String sql, Object... values) throws SQLException {
        Rows.update(database, sql, values);
    }
}
