package id.ruangkonseling.school;

import static id.ruangkonseling.testing.TestPlatform.ADMINISTRATOR;
import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.chat.ChatParties;
import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Launches and role changes leave exactly one audit entry each, and a school admin reads their own
 * school's trail at {@code /admin/audit} — never another school's.
 */
@ExtendWith(SharedServer.class)
class AuditTrailIT {

    @Test
    void anAppointmentIsRecordedOnceAndShownOnlyToItsOwnSchool(PayaraMicro tool, DataSource database) throws SQLException {
        try (TestPlatform school = TestPlatform.start().registerIn(database, "SMA Audit");
             TestPlatform other = TestPlatform.start().registerIn(database, "SMA Tetangga")) {
            Http admin = new Http(tool);
            launch(school, admin, tool, "audit-admin", "Bu Kepala", ADMINISTRATOR);
            launch(school, new Http(tool), tool, "audit-guru", "Pak Wali", INSTRUCTOR);
            long before = count(database, "COUNSELOR_APPOINTED");

            HttpResponse<String> page = admin.get("/admin/counselors?q=wali");
            assertEquals(302, FacesForm.submit(admin, "/admin/counselors", page, "people", "people:table:0:appoint",
                    Map.of("q", "wali")).statusCode());

            assertEquals(before + 1, count(database, "COUNSELOR_APPOINTED"), "exactly one entry for one appointment");
            String trail = admin.get("/admin/audit").body();
            assertTrue(trail.contains("Dijadikan guru BK") && trail.contains("Pak Wali") && trail.contains("Bu Kepala"), trail);
            assertTrue(trail.contains("Masuk dari LMS"), "the launches are there too");
            assertTrue(admin.get("/admin/audit?action=COUNSELOR_APPOINTED").body().contains("Pak Wali"));

            Http neighbour = new Http(tool);
            launch(other, neighbour, tool, "tetangga-admin", "Pak Tetangga", ADMINISTRATOR);
            String theirs = neighbour.get("/admin/audit").body();
            assertTrue(theirs.contains("Pak Tetangga"), "their own launch: " + theirs);
            assertFalse(theirs.contains("Pak Wali") || theirs.contains("Bu Kepala"), "another school's trail: " + theirs);
        }
    }

    @Test
    void theAdminSeesACounselorsFiveReadsOfAConversationAsOneRowAndTheirMessageApart(PayaraMicro tool, DataSource database,
            TestPlatform school) throws SQLException {
        ChatParties people = new ChatParties(tool, database, school);
        Http student = people.student("audit-baca-siswa", "Rina Baca");
        long conversation = people.request(student);
        assertEquals(201, people.send(student, conversation, "audit-baca-0", "Halo, Bu.").statusCode());
        Http counselor = people.counselor("audit-baca-bk", "Bu Pembaca");
        people.takeUp(counselor);
        for (int read = 0; read < 3; read++) {
            assertEquals(200, counselor.get("/api/conversations/" + conversation + "/messages?after=0").statusCode());
        }
        assertEquals(201, people.send(counselor, conversation, "audit-baca-1", "Halo Rina, saya di sini.").statusCode());
        for (int read = 0; read < 2; read++) {
            assertEquals(200, counselor.get("/api/conversations/" + conversation + "/messages?after=0").statusCode());
        }
        assertEquals(5, count(database, "CONVERSATION_READ", conversation), "every read is recorded");

        Http admin = new SchoolPeople(tool, database, school).signIn("audit-baca-admin", "Pak Admin", ADMINISTRATOR);
        List<String> reads = rowsOf(admin.get("/admin/audit").body(), "Percakapan dibaca guru BK");
        assertEquals(1, reads.size(), reads.toString());
        assertTrue(reads.getFirst().contains("data-count=\"5\"") && reads.getFirst().contains("dibaca 5 kali, pukul ")
                && reads.getFirst().contains("Bu Pembaca") && reads.getFirst().contains("conversation " + conversation),
                reads.getFirst());
        List<String> sent = rowsOf(admin.get("/admin/audit").body(), "Pesan dikirim dalam percakapan");
        assertTrue(sent.stream().anyMatch(row -> row.contains("Bu Pembaca") && !row.contains("data-count")), sent.toString());

        admin.get("/language?to=en&back=/admin/audit");
        List<String> inEnglish = rowsOf(admin.get("/admin/audit?action=CONVERSATION_READ").body(), "conversation " + conversation);
        assertEquals(1, inEnglish.size(), inEnglish.toString());
        assertTrue(inEnglish.getFirst().contains("read 5 times, "), inEnglish.getFirst());
    }

    /** The rows of the trail's table that mention {@code text}. */
    private static List<String> rowsOf(String page, String text) {
        String table = page.substring(page.indexOf("id=\"entries\""));
        return Arrays.stream(table.split("<tr")).filter(row -> row.contains(text)).toList();
    }

    @Test
    void aRefusedLaunchIsRecorded(PayaraMicro tool, DataSource database) throws SQLException {
        long before = count(database, "LAUNCH_REFUSED");
        new Http(tool).postForm("/lti/launch", "state=unknown&id_token=x.y.z");
        assertEquals(before + 1, count(database, "LAUNCH_REFUSED"));
    }

    private static void launch(TestPlatform platform, Http browser, PayaraMicro tool, String person, String name, String role) {
        platform.launch(browser, tool, person, List.of(role), claims -> claims.claim("name", name));
    }

    private static long count(DataSource database, String action, long conversation) throws SQLException {
        try (Connection connection = database.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM audit_entry WHERE action = '"
                     + action + "' AND subject_type = 'conversation' AND subject_id = '" + conversation + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long count(DataSource database, String action) throws SQLException {
        try (Connection connection = database.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM audit_entry WHERE action = '" + action + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
