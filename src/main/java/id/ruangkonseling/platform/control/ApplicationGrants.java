package id.ruangkonseling.platform.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the application's own database account may do on MySQL/MariaDB when another account owns the
 * schema ({@code RK_DB_MIGRATION_USER}): read and write every table, but only read and add to the audit
 * trail. The owner grants it after every migration, so a table a new migration adds is covered at once,
 * and no bug or injected statement in the running service can rewrite what the trail recorded.
 */
public final class ApplicationGrants {

    /** The audit trail's table: the application account may read it and add to it, nothing more. */
    public static final String AUDIT_TABLE = "audit_entry";

    private static final Logger LOG = System.getLogger(ApplicationGrants.class.getName());
    private static final String SCHEMA_HISTORY = "flyway_schema_history";

    private ApplicationGrants() {
    }

    /** The statements that give {@code account} ({@code user@host}, as {@code CURRENT_USER()} says) its rights on {@code tables}. */
    public static List<String> statements(String account, List<String> tables) {
        String grantee = grantee(account);
        List<String> statements = new ArrayList<>();
        for (String table : tables) {
            if (table.equalsIgnoreCase(SCHEMA_HISTORY)) {
                continue; // the owner's business alone
            }
            String rights = table.equalsIgnoreCase(AUDIT_TABLE) ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE";
            statements.add("GRANT " + rights + " ON `" + table.replace("`", "``") + "` TO " + grantee);
        }
        return statements;
    }

    /** {@code 'user'@'host'} for an account as {@code CURRENT_USER()} writes it ({@code user@host}). */
    static String grantee(String account) {
        int at = account.lastIndexOf('@');
        String user = at < 0 ? account : account.substring(0, at);
        String host = at < 0 ? "%" : account.substring(at + 1);
        return quoted(user) + "@" + quoted(host);
    }

    /** Grants {@code account} ({@code user@host}) its rights on every table, through the schema owner's connection. */
    public static void grant(Connection owner, String account) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            for (String grant : statements(account, tables(owner))) {
                statement.execute(grant);
            }
        }
    }

    /** Logs whether the account behind {@code application} holds only what it was granted here on the audit trail. */
    public static void report(Connection application) throws SQLException {
        String grantee = grantee(currentUser(application));
        List<String> wider = auditRightsBeyondAppend(application, grantee);
        if (wider.isEmpty()) {
            LOG.log(Level.INFO, "The audit trail is append-only for the application''s database account {0}.", grantee);
        } else {
            LOG.log(Level.WARNING, "The application''s database account {0} may still {1} audit entries through a "
                    + "database-wide or global grant; revoke it (see docs/operations.md, ''Append-only audit trail: two accounts'').",
                    grantee, String.join(" and ", wider));
        }
    }

    /** The account the database knows {@code connection} by, as {@code user@host}. */
    public static String currentUser(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT CURRENT_USER()")) {
            result.next();
            return result.getString(1);
        }
    }

    private static List<String> tables(Connection owner) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = owner.createStatement();
             ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    /** UPDATE or DELETE the account holds on the whole database or on every database, as it sees itself. */
    private static List<String> auditRightsBeyondAppend(Connection application, String grantee) throws SQLException {
        List<String> rights = new ArrayList<>();
        String sql = "SELECT DISTINCT privilege_type FROM information_schema.schema_privileges "
                + "WHERE grantee = ? AND table_schema = DATABASE() AND privilege_type IN ('UPDATE', 'DELETE') "
                + "UNION SELECT DISTINCT privilege_type FROM information_schema.user_privileges "
                + "WHERE grantee = ? AND privilege_type IN ('UPDATE', 'DELETE') "
                + "UNION SELECT DISTINCT privilege_type FROM information_schema.table_privileges "
                + "WHERE grantee = ? AND table_schema = DATABASE() AND table_name = ? AND privilege_type IN ('UPDATE', 'DELETE')";
        try (PreparedStatement query = application.prepareStatement(sql)) {
            query.setString(1, grantee);
            query.setString(2, grantee);
            query.setString(3, grantee);
            query.setString(4, AUDIT_TABLE);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rights.add(result.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return rights;
    }

    private static String quoted(String name) {
        return "'" + name.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
