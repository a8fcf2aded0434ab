package id.ruangkonseling.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Two instances of the built WAR in one data-grid cluster, as a district runs them behind its proxy:
 * each started through {@code deploy/run.sh} with {@code RK_CLUSTER_MEMBERS} and {@code RK_CLUSTER_PORT},
 * both on one fresh MariaDB database (a sibling of the test database, dropped at the end) and with the
 * same keys ({@link SharedServer#DATA_KEY} and one {@code RK_KEY_DIR}). Both boot at once.
 */
public final class ClusterPair implements AutoCloseable {

    private static final Duration JOIN_DEADLINE = Duration.ofMinutes(2);
    /** Payara logs the data grid's members each time one comes or goes. */
    private static final Pattern GRID_SIZE = Pattern.compile("DG Size: (\\d+)");

    private final PayaraMicro a;
    private final PayaraMicro b;
    private final TestDatabase.Sibling database;

    private ClusterPair(PayaraMicro a, PayaraMicro b, TestDatabase.Sibling database) {
        this.a = a;
        this.b = b;
        this.database = database;
    }

    /**
     * Boots the pair in {@code target/<name>-a/} and {@code target/<name>-b/} with these further
     * {@code RK_…} settings, and waits until each counts the other in its data grid; skips or fails the
     * test (as {@link Requirement#DATABASE} says) without a MariaDB.
     */
    public static ClusterPair start(String name, Map<String, String> settings) {
        TestDatabase.Sibling database = siblingOf(TestDatabase.required());
        int gridPortA = FreePort.any();
        int gridPortB = FreePort.any();
        Map<String, String> shared = new HashMap<>(settings);
        shared.putAll(Map.of("RK_DB_URL", database.database().url(), "RK_DB_USER", database.database().user(),
                "RK_DB_PASSWORD", database.database().password(), "RK_DATA_KEY", SharedServer.DATA_KEY,
                "RK_KEY_DIR", TargetFolder.fresh(name + "-keys").toString(),
                "RK_CLUSTER_MEMBERS", "127.0.0.1:" + gridPortA + ",127.0.0.1:" + gridPortB));
        CompletableFuture<PayaraMicro> a = bootAsync(name + "-a", shared, gridPortA);
        CompletableFuture<PayaraMicro> b = bootAsync(name + "-b", shared, gridPortB);
        try {
            ClusterPair pair = new ClusterPair(a.join(), b.join(), database);
            pair.awaitJoined();
            return pair;
        } catch (RuntimeException | Error failed) {
            a.thenAccept(PayaraMicro::close);
            b.thenAccept(PayaraMicro::close);
            closeQuietly(database);
            if (failed instanceof CompletionException && failed.getCause() instanceof AssertionError bootFailed) {
                throw bootFailed;
            }
            throw failed;
        }
    }

    private static CompletableFuture<PayaraMicro> bootAsync(String name, Map<String, String> shared, int gridPort) {
        Map<String, String> own = new HashMap<>(shared);
        own.put("RK_CLUSTER_PORT", Integer.toString(gridPort));
        TargetFolder.fresh(name);
        return CompletableFuture.supplyAsync(() -> PayaraMicro.start(name, own));
    }

    public PayaraMicro a() {
        return a;
    }

    public PayaraMicro b() {
        return b;
    }

    /** The instance that is not {@code one}. */
    public PayaraMicro other(PayaraMicro one) {
        return one == a ? b : a;
    }

    /** The instance listening on this HTTP port (as a proxy names it); fails for a port of neither. */
    public PayaraMicro onPort(int port) {
        return List.of(a, b).stream().filter(instance -> instance.uri("").getPort() == port).findFirst()
                .orElseThrow(() -> new AssertionError("no instance of the pair listens on " + port));
    }

    /** The database both instances share, where a test may put what it needs and check what they stored. */
    public DataSource database() {
        return database.database().dataSource();
    }

    /**
     * Waits until both instances run and each counts two members in its data grid — after the start, and
     * after one was restarted; fails with both logs' ends otherwise.
     */
    public void awaitJoined() {
        Optional<Boolean> joined = Poll.until(JOIN_DEADLINE,
                () -> gridSize(a) == 2 && gridSize(b) == 2 ? Optional.of(true) : Optional.empty());
        if (joined.isEmpty()) {
            fail("The two instances did not form one data grid within " + JOIN_DEADLINE + " (sizes " + gridSize(a) + " and "
                    + gridSize(b) + ").\nA:\n" + a.logTail() + "\nB:\n" + b.logTail());
        }
    }

    /** How many members this instance last counted in its data grid; 0 while it is down or has not said. */
    public static int gridSize(PayaraMicro instance) {
        if (!instance.isRunning()) {
            return 0;
        }
        List<String> lines = instance.logLines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher size = GRID_SIZE.matcher(lines.get(i));
            if (size.find()) {
                return Integer.parseInt(size.group(1));
            }
        }
        return 0;
    }

    @Override
    public void close() {
        a.close();
        b.close();
        closeQuietly(database);
    }

    private static TestDatabase.Sibling siblingOf(TestDatabase database) {
        try {
            return database.emptySibling();
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the cluster's database beside " + database.url(), e);
        }
    }

    private static void closeQuietly(TestDatabase.Sibling database) {
        try {
            database.close();
        } catch (SQLException e) {
            System.getLogger(ClusterPair.class.getName()).log(System.Logger.Level.WARNING,
                    "could not drop the cluster's test database " + database.database().databaseName(), e);
        }
    }
}
