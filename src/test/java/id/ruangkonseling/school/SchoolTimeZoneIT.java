package id.ruangkonseling.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A school in Makassar keeps its times in WITA: its admin chooses the zone on their home page, the change is
 * audited, and from then on the counselor's desk shows a request's time one hour later than in WIB.
 */
@ExtendWith(SharedServer.class)
class SchoolTimeZoneIT {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void anAdminMovesTheSchoolToWitaAndTheDeskShowsItsTimes(PayaraMicro tool, DataSource database, TestPlatform school)
            throws SQLException {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        SchoolPeople.ask(people.student("tz-siswa", "Sari Makassar"), "LEARNING", "SOON", "Sulit membagi waktu belajar.");
        Http counselor = people.counselor("tz-bk", "Bu Waktu");
        Instant asked = submittedAt(database, school);
        assertTrue(counselor.get("/counselor/").body().contains(DateTimes.toMinute(asked, ZoneId.of("Asia/Jakarta"), INDONESIAN)),
                "a new school keeps its times in WIB");

        Http admin = people.signIn("tz-kepala", "Bu Kepala", TestPlatform.ADMINISTRATOR);
        HttpResponse<String> home = admin.get("/admin/");
        assertTrue(home.body().contains("WIB — Waktu Indonesia Barat"), home.body());
        HttpResponse<String> saved = FacesForm.submit(admin, "/admin/", home, "zone", "zone:save", Map.of("zone:choice", "WITA"));
        assertEquals(302, saved.statusCode(), saved.body());
        assertTrue(admin.get("/admin/").body().contains("Waktu sekolah kini ditampilkan dalam WITA"), "the admin is told");

        assertEquals("Asia/Makassar", stored(database, school, "SELECT time_zone FROM school WHERE issuer = ?"));
        assertEquals("WITA", stored(database, school, "SELECT e.detail FROM audit_entry e JOIN school s ON s.id = e.school_id"
                + " WHERE s.issuer = ? AND e.action = 'SCHOOL_TIME_ZONE_CHANGED'"));
        assertTrue(counselor.get("/counselor/").body().contains(DateTimes.toMinute(asked, ZoneId.of("Asia/Makassar"), INDONESIAN)),
                "the desk shows the request's time in WITA");
    }

    @Test
    void aZoneThatIsNotOneOfTheThreeIsRefusedAndNothingChanges(PayaraMicro tool, DataSource database, TestPlatform school)
            throws SQLException {
        Http admin = new SchoolPeople(tool, database, school).signIn("tz-kepala-2", "Pak Kepala", TestPlatform.ADMINISTRATOR);
        HttpResponse<String> home = admin.get("/admin/");
        HttpResponse<String> refused = FacesForm.submit(admin, "/admin/", home, "zone", "zone:save",
                Map.of("zone:choice", "Europe/Berlin"));
        assertEquals(200, refused.statusCode(), "the page again, with what is wrong");
        assertEquals("Asia/Jakarta", stored(database, school, "SELECT time_zone FROM school WHERE issuer = ?"));
    }

    private static Instant submittedAt(DataSource database, TestPlatform school) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT r.submitted_at FROM counseling_request r"
                     + " JOIN school s ON s.id = r.school_id WHERE s.issuer = ?")) {
            query.setString(1, school.issuer());
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next());
                return result.getTimestamp(1).toInstant();
            }
        }
    }

    private static String stored(DataSource database, TestPlatform school, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, school.issuer());
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next(), sql);
                return result.getString(1);
            }
        }
    }
}
