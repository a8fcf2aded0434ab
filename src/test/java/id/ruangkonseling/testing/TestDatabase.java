package id.ruangkonseling.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import id.ruangkonseling.platform.control.ApplicationDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The MariaDB/MySQL database that {@code RK_TEST_DB_URL} names, when it is set. */
public record TestDatabase(String url, String user, String password) {

    public static Optional<TestDatabase> fromEnvironment() {
        String url = System.getenv("RK_TEST_DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new TestDatabase(url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:"),
                System.getenv().getOrDefault("RK_TEST_DB_USER", "root"),
                System.getenv().getOrDefault("RK_TEST_DB_PASSWORD", "")));
    }

    /** The configured database, or skips/fails the test as {@link Requirement#DATABASE} says. */
    public static TestDatabase required() {
        Optional<TestDatabase> database = fromEnvironment();
        Requirement.DATABASE.assume(database.isPresent());
        return database.orElseThrow();
    }

    /** An embedded H2 database in this file, with the options the application uses. */
    public static DataSource h2(Path file) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + file + ApplicationDataSource.H2_OPTIONS);
        h2.setUser("rk");
        h2.setPassword("");
        return h2;
    }

    public DataSource dataSource() {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** What a test does with a database; it may throw anything a test may throw. */
    @FunctionalInterface
    public interface Work {
        void on(DataSource database) throws Exception;
    }

    /**
     * Runs {@code work} on a new, empty database beside the configured one ({@code <name>_<random>}),
     * dropped afterwards; the test user needs the right to create it.
     */
    public void withEmptySibling(Work work) throws Exception {
        withEmptySiblingDatabase(sibling -> work.on(sibling.dataSource()));
    }

    /** What a test does with a database it also needs the address of. */
    @FunctionalInterface
    public interface SiblingWork {
        void on(TestDatabase sibling) throws Exception;
    }

    /** As {@link #withEmptySibling(Work)}, handing over the sibling's address and account. */
    public void withEmptySiblingDatabase(SiblingWork work) throws Exception {
        try (Sibling sibling = emptySibling()) {
            work.on(sibling.database());
        }
    }

    /**
     * A new, empty database beside the configured one ({@code <name>_<random>}), dropped when closed — for
     * what outlives one call, such as servers a whole test class shares; the test user needs the right to
     * create it.
     */
    public Sibling emptySibling() throws SQLException {
        String name = databaseName() + "_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new Sibling(new TestDatabase(url.replaceFirst("/" + databaseName() + "(?=$|\\?)", "/" + name), user, password), this);
    }

    /** A database {@link #emptySibling()} made; closing it drops it. */
    public record Sibling(TestDatabase database, TestDatabase beside) implements AutoCloseable {

        @Override
        public void close() throws SQLException {
            beside.execute("DROP DATABASE IF EXISTS `" + database.databaseName() + "`");
        }
    }

    /**
     * This database through a second account that owns nothing ({@code RK_TEST_DB_APP_USER},
     * {@code RK_TEST_DB_APP_PASSWORD}), standing in for the application's account when another owns the
     * schema; skips or fails the test as {@link Requirement#DATABASE} says when none is configured.
     */
    public TestDatabase asApplicationAccount() {
        String appUser = System.getenv("RK_TEST_DB_APP_USER");
        Requirement.DATABASE.assume(appUser != null && !appUser.isBlank());
        return new TestDatabase(url, appUser, System.getenv().getOrDefault("RK_TEST_DB_APP_PASSWORD", ""));
    }

    public String databaseName() {
        String afterHost = url.substring(url.indexOf("//") + 2);
        String path = afterHost.substring(afterHost.indexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
