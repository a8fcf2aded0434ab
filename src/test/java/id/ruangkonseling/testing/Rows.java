package id.ruangkonseling.testing;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;

/** Rows written and read straight in the test database, for seeds the flows cannot make (backdated, in bulk). */
public final class Rows {

    private Rows() {
    }

    /** Inserts a row; its generated id. Instants and days are bound as the service stores them. */
    public static long insert(DataSource database, String sql, Object... values) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, values);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public static void update(DataSource database, String sql, Object... values) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            bind(update, values);
            update.executeUpdate();
        }
    }

    /** The first column of the first row, or -1 when there is none. */
    public static long single(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : -1;
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            statement.setObject(i + 1, value instanceof Instant at ? Timestamp.from(at) : value instanceof LocalDate day ? Date.valueOf(day) : value);
        }
    }
}
