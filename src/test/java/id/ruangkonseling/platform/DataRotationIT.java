package id.ruangkonseling.platform;

import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text stored before encryption existed still reads, and the operator console's re-encryption puts it
 * (and anything under an older key) under the current data key, leaving an entry in the audit trail.
 */
@ExtendWith(SharedServer.class)
class DataRotationIT {

    @Test
    void theOperatorReencryptsPlainTextFromBeforeEncryption(PayaraMicro tool, DataSource database, TestPlatform school)
            throws SQLException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Http student = new Http(tool);
        assertEquals(303, school.launch(student, tool, "rotasi-" + suffix, List.of(LEARNER), claims -> claims).answer().statusCode());
        assertEquals(302, FacesForm.submit(student, "/student/request", student.get("/student/request"), "request", "request:send",
                Map.of("request:field", "LEARNING", "request:about", "Nilai turun " + suffix, "request:urgency", "CAN_WAIT",
                        "request:mode", "MESSAGES", "request:acknowledged", "on")).statusCode());
        long request = single(database, "SELECT r.id FROM counseling_request r JOIN school_member m ON m.id = r.student_id "
                + "WHERE m.subject = ?", "rotasi-" + suffix);
        String legacy = "Teks lama sebelum enkripsi " + suffix;
        update(database, "UPDATE counseling_request SET availability = ? WHERE id = ?", legacy, request);
        assertEquals(200, student.get("/student/").statusCode(), "a plain value from before encryption still reads");

        Http operator = new Http(tool);
        FacesForm.submit(operator, "/operator/sign-in", operator.get("/operator/sign-in"), "sign-in", "sign-in:sign-in-button",
                Map.of("sign-in:password", SharedServer.OPERATOR_PASSWORD));
        HttpResponse<String> keys = operator.get("/operator/keys");
        assertTrue(keys.body().contains("belum terenkripsi") && keys.body().contains("<code>" + "it1" + "</code>"), keys.body());
        HttpResponse<String> pressed = FacesForm.submit(operator, "/operator/keys", keys, "data-rotation", "data-rotation:reencrypt", Map.of());
        assertEquals(302, pressed.statusCode(), pressed.body());
        String after = operator.get("/operator/keys").body();
        assertTrue(after.contains("dienkripsi ulang dengan kunci yang berlaku"), after);
        assertFalse(after.contains("belum terenkripsi"), "nothing is left in plain text");

        String stored = text(database, "SELECT availability FROM counseling_request WHERE id = ?", request);
        assertTrue(stored.startsWith("it1:") && !stored.contains(suffix), stored);
        assertTrue(single(database, "SELECT COUNT(*) FROM audit_entry WHERE action = ?", "DATA_REENCRYPTED") >= 1);
    }

    private static long single(DataSource database, String sql, Object parameter) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), sql);
                return rows.getLong(1);
            }
        }
    }

    private static String text(DataSource database, String sql, long id) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), sql);
                return rows.getString(1);
            }
        }
    }

    private static void update(DataSource database, String sql, String value, long id) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, value);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }
}
