package id.ruangkonseling.testing;

import id.ruangkonseling.platform.control.ApplicationDataSource;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests the one server booted for the whole run (a parameter of type
 * {@link PayaraMicro}) and its database (a parameter of type {@link DataSource}), where a test may put
 * what it needs and check what the server stored. The database is MariaDB when {@code RK_TEST_DB_URL}
 * is set, else H2 served by the test run over TCP (so that both the server and the tests can open
 * it). Dynamic registration is open on it ({@code RK_LTI_OPEN_REGISTRATION=true}), the demo platform
 * is on ({@code RK_DEMO=true}), so is the operator console, and one LTI 1.1 consumer is declared
 * ({@code RK_LTI11_KEYS}); its e-mail goes to the run's SMTP sink, a parameter of type {@link MailSink}.
 * Server, database and sink stop when the run ends. A parameter of type
 * {@link TestPlatform} is a platform of its own, registered with a school of its own, for one test
 * (each such parameter another one), closed after it.
 */
public final class SharedServer implements ParameterResolver {

    /** The shared server's operator console password ({@code RK_OPERATOR_PASSWORD}). */
    public static final String OPERATOR_PASSWORD = "operator-test-password";
    /** An LTI 1.1 consumer the shared server's configuration declares ({@code RK_LTI11_KEYS}). */
    public static final String CONFIGURED_LTI11_KEY = "moodle-lama";
    public static final String CONFIGURED_LTI11_SECRET = "rahasia:bersama-123";
    /**
     * The shared server's data key ({@code RK_DATA_KEY}), fixed so that a MariaDB test database kept
     * between runs still matches it after {@code target/} (where a generated key file would be) is cleaned.
     */
    public static final String DATA_KEY = "it1:" + java.util.Base64.getEncoder().encodeToString(
            "ruang-konseling-it-data-key-32b!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServer.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PayaraMicro.class || type == DataSource.class || type == TestPlatform.class || type == MailSink.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Run run = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("run", key -> Run.start(), Run.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == TestPlatform.class) {
            return registeredPlatform(run.database(), parameter, context);
        }
        if (type == MailSink.class) {
            return run.mail();
        }
        return type == DataSource.class ? run.database() : run.server();
    }

    /** A new platform and school, kept in the test's store so that JUnit closes it when the test ends. */
    private static TestPlatform registeredPlatform(DataSource database, ParameterContext parameter, ExtensionContext context) {
        try {
            TestPlatform platform = TestPlatform.start().registerIn(database,
                    "Sekolah " + context.getRequiredTestClass().getSimpleName() + " " + parameter.getIndex());
            context.getStore(NAMESPACE).put(platform, platform);
            return platform;
        } catch (SQLException e) {
            throw new IllegalStateException("could not register a test platform", e);
        }
    }

    private record Run(PayaraMicro server, DataSource database, Server h2, MailSink mail) implements AutoCloseable {

        static Run start() {
            MailSink mail = MailSink.start();
            return TestDatabase.fromEnvironment()
                    .map(mariaDb -> new Run(PayaraMicro.start("it-server", settings(mariaDb.url(), mariaDb.user(),
                            mariaDb.password(), mail)), mariaDb.dataSource(), null, mail))
                    .orElseGet(() -> onH2(mail));
        }

        private static Run onH2(MailSink mail) {
            try {
                Server h2 = Server.createTcpServer("-tcpPort", Integer.toString(FreePort.any()), "-ifNotExists",
                        "-baseDir", TargetFolder.fresh("it-server-h2").toString()).start();
                String url = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/rk" + ApplicationDataSource.H2_OPTIONS;
                JdbcDataSource database = new JdbcDataSource();
                database.setURL(url);
                database.setUser("rk");
                database.setPassword("shared-test");
                return new Run(PayaraMicro.start("it-server", settings(url, "rk", "shared-test", mail)), database, h2, mail);
            } catch (SQLException e) {
                throw new IllegalStateException("could not start the test run's H2 server", e);
            }
        }

        private static Map<String, String> settings(String url, String user, String password, MailSink mail) {
            Map<String, String> settings = new HashMap<>(mail.settings());
            settings.putAll(Map.of("RK_DB_URL", url, "RK_DB_USER", user, "RK_DB_PASSWORD", password,
                    "RK_LTI_OPEN_REGISTRATION", "true", "RK_DEMO", "true", "RK_OPERATOR_PASSWORD", OPERATOR_PASSWORD,
                    "RK_LTI11_KEYS", CONFIGURED_LTI11_KEY + ":" + CONFIGURED_LTI11_SECRET, "RK_DATA_KEY", DATA_KEY));
            return settings;
        }

        @Override
        public void close() {
            server.close();
            if (h2 != null) {
                h2.stop();
            }
            mail.close();
        }
    }
}
