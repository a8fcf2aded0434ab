package id.ruangkonseling.reports;

import id.ruangkonseling.testing.Rows;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javax.sql.DataSource;

/**
 * A test school's service history written straight into the database at chosen times (the flows cannot
 * backdate): requests, cases, referrals, conversation lines, calls, appointments, notes and crisis notices.
 * Every written word carries the canary, which no report may show.
 */
public final class ReportSeed {

    static final String CANARY = "KENARI-RAHASIA-7731";
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final DataSource database;
    private final long schoolId;
    private final long teacher;
    private final long course;
    private int students;

    public ReportSeed(DataSource database, long schoolId, long teacher) throws SQLException {
        this.database = database;
        this.schoolId = schoolId;
        this.teacher = teacher;
        this.course = insert("INSERT INTO course_context (school_id, context_id, title, last_seen_at) VALUES (?, ?, ?, ?)",
                schoolId, "rp-course-" + schoolId, "Kelas XI IPA 2", Instant.now());
    }

    /**
     * Ani: in September five personal requests (one in crisis, with three sessions, a missed call and a follow-up
     * done) and two social ones; in October one of them closed, three learning referrals, and a career request that
     * came at 06.00 WIB on 1 October (still 30 September in UTC). Budi: four career and one social request in
     * September. One learning request waits.
     */
    public void story(long aniId, long budiId) throws SQLException {
        Seeded first = takenUp(aniId, "PERSONAL", "CHAT", at("2026-09-10T09:00"));
        for (int i = 0; i < 4; i++) {
            takenUp(aniId, "PERSONAL", "CHAT", at("2026-09-10T09:00").plusSeconds(i * 60L));
        }
        crisis(first, aniId, at("2026-09-10T09:00"), 1200);
        message(first, first.student(), at("2026-09-11T10:00"));
        message(first, aniId, at("2026-09-11T10:30"));
        message(first, first.student(), at("2026-09-12T23:30"));
        message(first, aniId, at("2026-09-13T00:30"));
        call(first, aniId, at("2026-09-14T13:00"), "VIDEO", "ANSWERED");
        call(first, aniId, at("2026-09-14T14:00"), "VOICE", "FAILED"); // answered, never connected: no session, not missed
        call(first, aniId, at("2026-09-14T15:00"), "VOICE", "MISSED");
        appointmentDone(first, aniId, at("2026-09-15T09:00"));
        note(first, aniId, LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 20));
        note(first, aniId, LocalDate.of(2026, 9, 21), null);
        close(first, at("2026-10-05T10:00"));
        takenUp(aniId, "SOCIAL", "FACE_TO_FACE", at("2026-09-16T09:00"));
        takenUp(aniId, "SOCIAL", "FACE_TO_FACE", at("2026-09-16T10:00"));
        for (int i = 0; i < 3; i++) {
            referral(aniId, "LEARNING", at("2026-10-03T09:00"));
        }
        takenUp(aniId, "CAREER", "CHAT", at("2026-10-01T06:00"));
        for (int i = 0; i < 4; i++) {
            takenUp(budiId, "CAREER", "VIDEO", at("2026-09-20T09:00"));
        }
        takenUp(budiId, "SOCIAL", "CHAT", at("2026-09-21T09:00"));
        waiting("LEARNING", at("2026-09-22T09:00"));
    }

    /** A moment of the school's (Jakarta's) clock. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(JAKARTA).toInstant();
    }

    long student() throws SQLException {
        students++;
        return insert("INSERT INTO school_member (school_id, subject, display_name, student, first_seen_at, last_seen_at)"
                + " VALUES (?, ?, ?, TRUE, ?, ?)", schoolId, "rp-siswa-" + schoolId + "-" + students, "Siti Kenari " + students,
                Instant.now(), Instant.now());
    }

    /** A request taken up by {@code counselor} an hour after it came, opening its case then; returns the case. */
    Seeded takenUp(long counselor, String field, String mode, Instant submitted) throws SQLException {
        long student = student();
        Instant decided = submitted.plusSeconds(3600);
        long caseId = insert("INSERT INTO counseling_case (school_id, student_id, counselor_id, status, opened_at, changed_at, outcome)"
                + " VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?)", schoolId, student, counselor, decided, decided, "Hasil " + CANARY);
        long conversation = insert("INSERT INTO conversation (school_id, student_id, counselor_id, case_id, created_at, last_seq)"
                + " VALUES (?, ?, ?, ?, ?, 0)", schoolId, student, counselor, caseId, submitted);
        long request = insert("INSERT INTO counseling_request (school_id, student_id, service_field, about, urgency, contact_mode,"
                        + " status, submitted_at, decided_at, counseling_case_id, conversation_id) VALUES (?, ?, ?, ?, 'SOON', ?, 'ACCEPTED', ?, ?, ?, ?)",
                schoolId, student, field, "Permohonan " + CANARY, mode, submitted, decided, caseId, conversation);
        return new Seeded(student, caseId, conversation, request);
    }

    /** What one taken-up request made: its student, case, conversation and the request itself. */
    record Seeded(long student, long caseId, long conversation, long request) {
    }

    /** A request no one has answered yet. */
    void waiting(String field, Instant submitted) throws SQLException {
        insert("INSERT INTO counseling_request (school_id, student_id, service_field, about, urgency, contact_mode, status, submitted_at)"
                + " VALUES (?, ?, ?, ?, 'SOON', 'CHAT', 'SUBMITTED', ?)", schoolId, student(), field, "Permohonan " + CANARY, submitted);
    }

    /** A referral received at {@code received} and taken up by {@code counselor} a day later. */
    void referral(long counselor, String field, Instant received) throws SQLException {
        insert("INSERT INTO referral (school_id, teacher_id, student_id, course_id, service_field, reason, observations, urgency,"
                        + " student_knows, status, received_at, accepted_by, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'SOON', 'YES', 'ACCEPTED', ?, ?, ?)",
                schoolId, teacher, student(), course, field, "Alasan " + CANARY, "Pengamatan " + CANARY, received, counselor,
                received.plusSeconds(86_400));
    }

    void message(Seeded of, long author, Instant sent) throws SQLException {
        call(of, author, sent, null, null);
    }

    /** A call line in the conversation: {@code outcome} ANSWERED or MISSED; a plain message when {@code kind} is null. */
    void call(Seeded of, long author, Instant sent, String kind, String outcome) throws SQLException {
        long seq = single(database, "SELECT COALESCE(MAX(seq), 0) + 1 FROM chat_message WHERE conversation_id = " + of.conversation());
        insert("INSERT INTO chat_message (school_id, conversation_id, seq, client_id, author_id, body, sent_at, call_kind, call_outcome,"
                        + " call_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", schoolId, of.conversation(), seq, "rp-" + seq, author,
                kind == null ? "Pesan " + CANARY : "", sent, kind, outcome, "ANSWERED".equals(outcome) ? 300 : null);
    }

    void appointmentDone(Seeded of, long counselor, Instant starts) throws SQLException {
        insert("INSERT INTO appointment (school_id, student_id, counselor_id, counseling_case_id, starts_at, ends_at, contact_mode, status,"
                        + " booked_at, changed_at, revision) VALUES (?, ?, ?, ?, ?, ?, 'FACE_TO_FACE', 'DONE', ?, ?, 0)",
                schoolId, of.student(), counselor, of.caseId(), starts, starts.plusSeconds(2700), starts, starts);
    }

    void close(Seeded of, Instant at) throws SQLException {
        update("UPDATE counseling_case SET status = 'CLOSED', changed_at = ? WHERE id = ?", at, of.caseId());
    }

    /** The request was escalated as a crisis at {@code at}; the counselor saw the alert {@code seenAfter} seconds later. */
    void crisis(Seeded of, long counselor, Instant at, long seenAfter) throws SQLException {
        update("UPDATE counseling_request SET crisis_at = ?, crisis_source = 'REQUEST' WHERE id = ?", at, of.request());
        insert("INSERT INTO crisis_notice (school_id, counselor_id, request_id, crisis_source, raised_at, seen_at)"
                + " VALUES (?, ?, ?, 'REQUEST', ?, ?)", schoolId, counselor, of.request(), at, at.plusSeconds(seenAfter));
    }

    void note(Seeded of, long counselor, LocalDate heldOn, LocalDate followUpOn) throws SQLException {
        insert("INSERT INTO case_note (school_id, case_id, author_id, held_on, contact_mode, summary, follow_up_on, written_at)"
                        + " VALUES (?, ?, ?, ?, 'CHAT', ?, ?, ?)", schoolId, of.caseId(), counselor, heldOn, "Catatan " + CANARY, followUpOn,
                heldOn.atStartOfDay(JAKARTA).toInstant());
    }

    public static long single(DataSource database, String sql) throws SQLException {
        return Rows.single(database, sql);
    }

    private void update(String sql, Object... values) throws SQLException {
        Rows.update(database, sql, values);
    }

    private long insert(String sql, Object... values) throws SQLException {
        return Rows.insert(database, sql, values);
    }
}
