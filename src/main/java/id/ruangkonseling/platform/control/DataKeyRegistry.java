package id.ruangkonseling.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The table {@code data_key}: each data key that has encrypted something, by id, with a check value (a
 * known text encrypted under it). It tells a starting service whether the database holds encrypted data
 * and whether the keys it was given are the ones that wrote it — never the keys themselves.
 */
final class DataKeyRegistry {

    private DataKeyRegistry() {
    }

    /** Key id → check value of every registered key. */
    static Map<String, String> registered(DataSource database) throws SQLException {
        Map<String, String> keys = new LinkedHashMap<>();
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT key_id, key_check FROM data_key ORDER BY first_used_at");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                keys.put(rows.getString(1), rows.getString(2));
            }
        }
        return keys;
    }

    /** Registers a key; another instance registering it at the same time is fine. */
    static void register(DataSource database, String keyId, String checkValue, Instant now) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO data_key (key_id, key_check, first_used_at) VALUES (?, ?, ?)")) {
            insert.setString(1, keyId);
            insert.setString(2, checkValue);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.executeUpdate();
        } catch (SQLException duplicate) {
            if (!registered(database).containsKey(keyId)) {
                throw duplicate;
            }
        }
    }
}
