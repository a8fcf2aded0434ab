package id.ruangkonseling.counseling;

import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.platform.entity.DateTimes;
import id.ruangkonseling.testing.FacesForm;
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
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A counselor publishes weekly times; students of the school book them, move and cancel with a reason,
 * and the other side reads what happened; a time is never booked twice, even by two students at once.
 * Each side downloads its appointment as a calendar file; another school sees and touches nothing.
 */
@ExtendWith(SharedServer.class)
class AppointmentsIT {

    private static final String STUDENT_PAGE = "/student/appointments";
    private static final String COUNSELOR_PAGE = "/counselor/availability";
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Pattern ICS_LINK = Pattern.compile("appointment\\.ics\\?id=(\\d+)");

    private PayaraMicro tool;
    private DataSource database;
    private TestPlatform school;
    private TestPlatform otherSchool;

    @BeforeEach
    void twoSchools(PayaraMicro tool, DataSource database, TestPlatform school, TestPlatform otherSchool) {
        this.tool = tool;
        this.database = database;
        this.school = school;
        this.otherSchool = otherSchool;
    }

    @Test
    void aStudentBooksACounselorsTimeAndBothAreReminded() throws SQLException {
        Http counselor = counselor(school, "apt-bk-1", "Bu Ratna");
        LocalDateTime soon = publishSoon(counselor, 0);

        Http student = signIn(school, "apt-siswa-1", "Andi Pratama", LEARNER);
        HttpResponse<String> free = student.get(STUDENT_PAGE);
        assertTrue(free.body().contains("dengan Bu Ratna") && free.body().contains(hours(soon)), free.body());
        HttpResponse<String> booked = bookFirst(student, free);
        assertEquals(302, booked.statusCode(), booked.body());

        String mine = student.get(STUDENT_PAGE).body();
        assertTrue(mine.contains("Janji temu dibuat") && mine.contains("terjadwal") && mine.contains("panggilan video"), mine);
        assertTrue(student.get("/student/").body().contains("Pengingat: janji temu dengan Bu Ratna"), "the student is reminded");
        String desk = counselor.get("/counselor/").body();
        assertTrue(desk.contains("Pengingat: janji temu dengan Andi Pratama"), desk);
        String week = counselor.get(COUNSELOR_PAGE).body();
        assertTrue(week.contains("Andi Pratama") && week.contains("terjadwal"), week);
        assertEquals(1, audited("APPOINTMENT_BOOKED", appointmentId(mine)));
    }

    @Test
    void twoStudentsBookingTheSameTimeAtOnceGetItOnceAndTheOtherHearsItWasTaken() throws Exception {
        Http counselor = counselor(school, "apt-bk-2", "Pak Budi");
        publishSoon(counselor, 0);
        Http first = signIn(school, "apt-siswa-2a", "Citra", LEARNER);
        Http second = signIn(school, "apt-siswa-2b", "Dodi", LEARNER);
        HttpResponse<String> firstPage = first.get(STUDENT_PAGE);
        HttpResponse<String> secondPage = second.get(STUDENT_PAGE);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService twoPeople = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = twoPeople.submit(() -> book(first, firstPage, start));
            Future<Integer> other = twoPeople.submit(() -> book(second, secondPage, start));
            start.countDown();
            assertEquals(302, one.get());
            assertEquals(302, other.get());
        } finally {
            twoPeople.shutdownNow();
        }

        List<String> told = List.of(first.get(STUDENT_PAGE).body(), second.get(STUDENT_PAGE).body());
        assertEquals(1, told.stream().filter(page -> page.contains("Janji temu dibuat")).count(), "exactly one got it");
        assertEquals(1, told.stream().filter(page -> page.contains("baru saja dipesan orang lain")).count(),
                "the other is told to pick another time");
        assertEquals(1, heldTimesOf("apt-bk-2"), "one appointment holds the time");
    }

    @Test
    void theDatabaseRefusesASecondHoldOnATimeButKeepsAnyNumberOfCancelledOnes() throws Exception {
        Http counselor = counselor(school, "apt-bk-3", "Bu Sari");
        publishSoon(counselor, 0);
        Http student = signIn(school, "apt-siswa-3", "Eka", LEARNER);
        bookFirst(student, student.get(STUDENT_PAGE));
        long id = appointmentId(student.get(STUDENT_PAGE).body());

        String copy = "INSERT INTO appointment (school_id, student_id, counselor_id, starts_at, ends_at, contact_mode, status,"
                + " slot_hold, booked_at, changed_at, revision) SELECT school_id, student_id, counselor_id, starts_at, ends_at,"
                + " contact_mode, ?, ?, booked_at, changed_at, 0 FROM appointment WHERE id = ?";
        try (Connection connection = database.getConnection()) {
            assertThrows(SQLException.class, () -> insertCopy(connection, copy, "BOOKED", Boolean.TRUE, id),
                    "a second appointment cannot hold the same time");
            insertCopy(connection, copy, "CANCELLED", null, id);
            insertCopy(connection, copy, "CANCELLED", null, id);
        }
    }

    @Test
    void aStudentWithAnOpenCaseBooksOnlyTheirOwnCounselorAndTheAppointmentJoinsTheCase() throws SQLException {
        Http theirs = counselor(school, "apt-bk-6a", "Bu Kasus");
        publishSoon(theirs, 0);
        publishSoon(counselor(school, "apt-bk-6b", "Pak Lain"), 1);
        Http student = signIn(school, "apt-siswa-6", "Joko", LEARNER);
        assertEquals(302, FacesForm.submit(student, "/student/request", student.get("/student/request"), "request",
                "request:send", Map.of("request:field", "LEARNING", "request:about", "Sulit fokus belajar.",
                        "request:urgency", "SOON", "request:mode", "VIDEO", "request:acknowledged", "on")).statusCode());
        assertEquals(302, FacesForm.submit(theirs, "/counselor/", theirs.get("/counselor/"), "desk", "desk:queue:0:take",
                Map.of()).statusCode());

        HttpResponse<String> free = student.get(STUDENT_PAGE);
        assertTrue(free.body().contains("dengan Bu Kasus") && !free.body().contains("dengan Pak Lain"), free.body());
        bookFirst(student, free);
        long id = appointmentId(student.get(STUDENT_PAGE).body());
        assertEquals(1, count("SELECT COUNT(*) FROM appointment a JOIN counseling_case c ON c.id = a.counseling_case_id"
                + " WHERE a.id = ? AND c.student_id = a.student_id", Long.toString(id)), "part of the student's case");
    }

    @Test
    void aRemovedTimeIsNoLongerOfferedToStudents() {
        Http counselor = counselor(school, "apt-bk-7", "Bu Hapus");
        publishSoon(counselor, 0);
        HttpResponse<String> page = counselor.get(COUNSELOR_PAGE);
        Matcher slot = Pattern.compile("name=\"slotId\" value=\"(\\d+)\"").matcher(page.body());
        assertTrue(slot.find(), page.body());
        assertEquals(302, FacesForm.submit(counselor, COUNSELOR_PAGE, page, "slots:0:slot", "slots:0:slot:remove",
                Map.of("slotId", slot.group(1))).statusCode());
        String removed = counselor.get(COUNSELOR_PAGE).body();
        assertTrue(removed.contains("Waktu dihapus") && removed.contains("Anda belum membuka jadwal"), removed);

        Http student = signIn(school, "apt-siswa-7", "Kiki", LEARNER);
        assertTrue(student.get(STUDENT_PAGE).body().contains("Belum ada waktu kosong"), "nothing left to book");
    }

    @Test
    void aWrongTimeIsNotAddedKeepsWhatWasTypedAndAnOverlapIsRefused() {
        Http counselor = counselor(school, "apt-bk-8", "Pak Form");
        HttpResponse<String> wrong = FacesForm.submit(counselor, COUNSELOR_PAGE, counselor.get(COUNSELOR_PAGE), "slot", "slot:add",
                Map.of("slot:day", "MONDAY", "slot:start", "25:99"));
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Belum ditambahkan") && wrong.body().contains("Tulis jam mulai, misalnya 09.30")
                && wrong.body().contains("Pilih lamanya") && wrong.body().contains("Pilih paling sedikit satu cara bertemu"),
                wrong.body());
        assertTrue(wrong.body().contains("value=\"25:99\"") && wrong.body().contains("aria-invalid=\"true\""), "kept and marked");

        HttpResponse<String> lateNight = FacesForm.submit(counselor, COUNSELOR_PAGE, counselor.get(COUNSELOR_PAGE), "slot",
                "slot:add", Map.of("slot:day", "MONDAY", "slot:start", "23:30", "slot:length", "60", "slot:modes", "CHAT"));
        assertTrue(lateNight.body().contains("selesai sebelum tengah malam") && lateNight.body().contains("Belum ditambahkan"),
                lateNight.body());

        Map<String, String> nine = Map.of("slot:day", "MONDAY", "slot:start", "09:00", "slot:length", "45", "slot:modes", "CHAT");
        assertEquals(302, FacesForm.submit(counselor, COUNSELOR_PAGE, counselor.get(COUNSELOR_PAGE), "slot", "slot:add", nine)
                .statusCode());
        assertEquals(302, FacesForm.submit(counselor, COUNSELOR_PAGE, counselor.get(COUNSELOR_PAGE), "slot", "slot:add",
                Map.of("slot:day", "MONDAY", "slot:start", "09:30", "slot:length", "30", "slot:modes", "CHAT")).statusCode());
        String page = counselor.get(COUNSELOR_PAGE).body();
        assertTrue(page.contains("bentrok dengan jadwal Anda yang lain") && page.contains("Senin 09.00–09.45"), page);
        assertFalse(page.contains("Senin 09.30"), "the overlapping time was not added");
    }

    @Test
    void eitherSideMovesOrCancelsWithAReasonAndTheOtherReadsIt() {
        Http counselor = counselor(school, "apt-bk-4", "Bu Wulan");
        publishSoon(counselor, 0);
        publishSoon(counselor, 1);
        Http student = signIn(school, "apt-siswa-4", "Fajar", LEARNER);
        bookFirst(student, student.get(STUDENT_PAGE));

        HttpResponse<String> mine = student.get(STUDENT_PAGE);
        String id = Long.toString(appointmentId(mine.body()));
        HttpResponse<String> noReason = FacesForm.submit(student, STUDENT_PAGE, mine, "mine:0:change", "mine:0:change:reschedule",
                Map.of("mine:0:change:reason", "", "appointment", id, "target", firstOption(mine, "target")));
        assertEquals(200, noReason.statusCode());
        assertTrue(noReason.body().contains("Tuliskan alasannya"), "a move needs a reason");
        mine = student.get(STUDENT_PAGE);
        assertTrue(mine.body().contains("terjadwal") && !mine.body().contains("sudah dipindah"), "nothing moved");

        assertEquals(302, FacesForm.submit(student, STUDENT_PAGE, mine, "mine:0:change", "mine:0:change:reschedule",
                Map.of("mine:0:change:reason", "Ada ulangan jam itu.", "appointment", id, "target",
                        firstOption(mine, "target"))).statusCode());
        assertTrue(student.get(STUDENT_PAGE).body().contains("Janji temu dipindah"));
        HttpResponse<String> counselorSees = counselor.get(COUNSELOR_PAGE);
        assertTrue(counselorSees.body().contains("Dipindah oleh siswa: Ada ulangan jam itu."), counselorSees.body());

        assertEquals(302, FacesForm.submit(counselor, COUNSELOR_PAGE, counselorSees, "mine:0:change", "mine:0:change:cancel",
                Map.of("mine:0:change:reason", "Saya dipanggil rapat; pilih waktu lain ya.", "appointment", id)).statusCode());
        String studentSees = student.get(STUDENT_PAGE).body();
        assertTrue(studentSees.contains("dibatalkan") && studentSees.contains("Dibatalkan oleh guru BK: Saya dipanggil rapat"),
                studentSees);
        assertEquals(0, heldTimesOf("apt-bk-4"), "a cancelled appointment frees its time");
    }

    @Test
    void eachSideDownloadsItsAppointmentForTheCalendarAndNobodyElseSeesIt() {
        Http counselor = counselor(school, "apt-bk-5", "Bu Yanti");
        LocalDateTime soon = publishSoon(counselor, 0);
        Http student = signIn(school, "apt-siswa-5", "Gita Rahasia", LEARNER);
        bookFirst(student, student.get(STUDENT_PAGE));
        long id = appointmentId(student.get(STUDENT_PAGE).body());

        HttpResponse<String> ics = student.get("/student/appointment.ics?id=" + id);
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        assertEquals("no-store", ics.headers().firstValue("Cache-Control").orElseThrow());
        String utcStart = soon.atZone(JAKARTA).withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime().toString()
                .replace("-", "").replace(":", "");
        assertTrue(ics.body().startsWith("BEGIN:VCALENDAR\r\n") && ics.body().contains("\r\nMETHOD:PUBLISH\r\n")
                && ics.body().contains("\r\nDTSTART:" + utcStart + "00Z\r\n") && ics.body().contains("\r\nSUMMARY:Konseling\r\n")
                && ics.body().contains("\r\nUID:appointment-" + id + "@"), ics.body());
        assertFalse(ics.body().contains("Gita") || ics.body().contains("Yanti"), "no name in the calendar file");
        assertEquals(200, counselor.get("/counselor/appointment.ics?id=" + id).statusCode(), "the counselor's copy");

        Http classmate = signIn(school, "apt-siswa-5b", "Hadi", LEARNER);
        assertEquals(404, classmate.get("/student/appointment.ics?id=" + id).statusCode());
        Http neighbour = counselor(otherSchool, "apt-bk-lain", "Bu Tetangga");
        assertEquals(404, neighbour.get("/counselor/appointment.ics?id=" + id).statusCode());
        assertFalse(neighbour.get(COUNSELOR_PAGE).body().contains("Gita Rahasia"), "another school's counselor never sees it");
        Http otherStudent = signIn(otherSchool, "apt-siswa-lain", "Indah", LEARNER);
        String otherFree = otherStudent.get(STUDENT_PAGE).body();
        assertFalse(otherFree.contains("Bu Yanti"), "another school's student never gets this school's times");
        assertEquals(404, otherStudent.get("/student/appointment.ics?id=" + id).statusCode());
        assertEquals(404, counselor.get("/counselor/appointment.ics?id=nope").statusCode());
    }

    @Test
    void theCounselorMarksAnAppointmentDoneOnceItHasBegun() throws SQLException {
        Http counselor = counselor(school, "apt-bk-6", "Bu Nina");
        publishSoon(counselor, 0);
        Http student = signIn(school, "apt-siswa-6", "Joko Hadir", LEARNER);
        bookFirst(student, student.get(STUDENT_PAGE));
        long id = appointmentId(student.get(STUDENT_PAGE).body());
        assertFalse(counselor.get(COUNSELOR_PAGE).body().contains("Tandai sudah berlangsung"), "not before it begins");

        beganHalfAnHourAgo(id);
        HttpResponse<String> begun = counselor.get(COUNSELOR_PAGE);
        assertTrue(begun.body().contains("Tandai sudah berlangsung"), begun.body());
        assertFalse(begun.body().contains("mine:0:change"), "what has begun is no longer moved or cancelled");
        assertFalse(student.get(STUDENT_PAGE).body().contains("Tandai sudah berlangsung"), "only the counselor marks it");

        assertEquals(302, FacesForm.submit(counselor, COUNSELOR_PAGE, begun, "mine:0:done", "mine:0:done:mark",
                Map.of("appointment", Long.toString(id))).statusCode());
        String after = counselor.get(COUNSELOR_PAGE).body();
        assertTrue(after.contains("Janji temu dicatat sudah berlangsung.") && !after.contains("Tandai sudah berlangsung"), after);
        assertTrue(student.get(STUDENT_PAGE).body().contains("sudah berlangsung"), "the student sees it took place");
        assertEquals(1, audited("APPOINTMENT_DONE", id));
    }

    @Test
    void theCounselorsScheduleGoesToTheWeeksBeforeAndAfter() {
        Http counselor = counselor(school, "apt-bk-7", "Pak Pekan");
        LocalDate thisMonday = LocalDate.now(JAKARTA).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String now = counselor.get(COUNSELOR_PAGE).body();
        assertTrue(now.contains("Pekan ini") && now.contains("id=\"next-week\"") && now.contains(opensAt(thisMonday)), now);

        LocalDate nextMonday = thisMonday.plusWeeks(1);
        String next = counselor.get(COUNSELOR_PAGE + "?week=1").body();
        assertTrue(next.contains("Pekan mulai " + DateTimes.day(nextMonday, Locale.of("id"))), next);
        assertTrue(next.contains(opensAt(nextMonday)), "the schedule opens at that week");
        assertTrue(next.contains("availability?week=0\"") && next.contains("availability?week=2\""), "a week back, a week on");
        String earlier = counselor.get(COUNSELOR_PAGE + "?week=-2").body();
        assertTrue(earlier.contains("Pekan mulai " + DateTimes.day(thisMonday.minusWeeks(2), Locale.of("id"))), earlier);

        for (String nonsense : List.of("abc", "99", "-1000", "1.5")) {
            HttpResponse<String> page = counselor.get(COUNSELOR_PAGE + "?week=" + nonsense);
            assertEquals(200, page.statusCode(), nonsense);
            assertTrue(page.body().contains("Pekan ini"), nonsense + " shows this week");
        }
    }

    /** How PrimeFaces' schedule is told the day it opens at (its script escapes the hyphens). */
    private static String opensAt(LocalDate day) {
        return "initialDate:\"" + day.toString().replace("-", "\\-") + "\"";
    }

    /** Moves the appointment to have begun half an hour ago (and to end in a quarter of an hour). */
    private void beganHalfAnHourAgo(long id) throws SQLException {
        Instant start = Instant.now().minus(Duration.ofMinutes(30));
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE appointment SET starts_at = ?, ends_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(start));
            update.setTimestamp(2, Timestamp.from(start.plus(Duration.ofMinutes(45))));
            update.setLong(3, id);
            assertEquals(1, update.executeUpdate());
        }
    }

    /**
     * Publishes a weekly slot of 30 minutes at the next full hour (plus {@code daysLater}) from an hour
     * from now, in Jakarta time: its first occurrence lies within a day.
     */
    private LocalDateTime publishSoon(Http counselor, int daysLater) {
        LocalDateTime at = LocalDateTime.now(JAKARTA).plusHours(2).truncatedTo(ChronoUnit.HOURS).plusDays(daysLater);
        HttpResponse<String> page = counselor.get(COUNSELOR_PAGE);
        HttpResponse<String> added = FacesForm.submit(counselor, COUNSELOR_PAGE, page, "slot", "slot:add", Map.of(
                "slot:day", at.getDayOfWeek().name(), "slot:start", String.format("%02d:00", at.getHour()),
                "slot:length", "30", "slot:modes", "VIDEO"));
        assertEquals(302, added.statusCode(), added.body());
        String shown = counselor.get(COUNSELOR_PAGE).body();
        assertTrue(shown.contains("Waktu baru ditambahkan"), shown);
        return at;
    }

    private static Integer book(Http student, HttpResponse<String> page, CountDownLatch start) throws InterruptedException {
        start.await();
        return bookFirst(student, page).statusCode();
    }

    /** Presses "Buat janji" on the first free time shown, to meet by video: the time as that page showed it. */
    private static HttpResponse<String> bookFirst(Http student, HttpResponse<String> page) {
        Matcher choice = Pattern.compile("<option value=\"(\\d+@\\d+~VIDEO)\"").matcher(page.body());
        assertTrue(choice.find(), page.body());
        return FacesForm.submit(student, STUDENT_PAGE, page, "days:0:times:0:time", "days:0:times:0:time:book",
                Map.of("choice", choice.group(1)));
    }

    /** A free time's hours as an Indonesian page writes them. */
    private static String hours(LocalDateTime at) {
        return String.format("%02d.00–%02d.30", at.getHour(), at.getHour());
    }

    private static long appointmentId(String page) {
        Matcher link = ICS_LINK.matcher(page);
        assertTrue(link.find(), page);
        return Long.parseLong(link.group(1));
    }

    private static String firstOption(HttpResponse<String> page, String selectName) {
        Matcher select = Pattern.compile("<select[^>]*name=\"" + Pattern.quote(selectName) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(select.find(), page.body());
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(select.group(1));
        assertTrue(option.find(), select.group(1));
        return option.group(1);
    }

    private static void insertCopy(Connection connection, String sql, String status, Boolean hold, long id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, status);
            insert.setObject(2, hold);
            insert.setLong(3, id);
            assertEquals(1, insert.executeUpdate());
        }
    }

    private int audited(String action, long appointmentId) throws SQLException {
        return count("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND subject_type = 'appointment' AND subject_id = ?",
                action, Long.toString(appointmentId));
    }

    private int heldTimesOf(String counselorSubject) {
        try {
            return count("SELECT COUNT(*) FROM appointment a JOIN school_member m ON m.id = a.counselor_id"
                    + " WHERE m.subject = ? AND a.slot_hold = TRUE", counselorSubject);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql, String... parameters) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private Http signIn(TestPlatform platform, String person, String name, String role) {
        return new SchoolPeople(tool, database, platform).signIn(person, name, role);
    }

    private Http counselor(TestPlatform platform, String person, String name) {
        return new SchoolPeople(tool, database, platform).counselor(person, name);
    }
}
