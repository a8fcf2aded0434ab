package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.platform.control.ApplicationDataSource;
import id.ruangkonseling.testing.FreePort;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.TargetFolder;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service starts before its database, and later the database goes away and comes back while the
 * service runs: readiness says so with the reason, the server keeps running, and it recovers by itself
 * each time. The database is H2 in server mode, run by the test, so that the test can really stop it.
 */
class DatabaseOutageIT {

    private static final Duration NOTICE = Duration.ofSeconds(60);

    private int databasePort;
    private String databaseFolder;
    private Server database;
    private PayaraMicro service;

    @BeforeEach
    void startServiceBeforeItsDatabase() throws Exception {
        databasePort = FreePort.any();
        databaseFolder = TargetFolder.fresh("it-outage-h2").toString();
        service = PayaraMicro.start("it-outage", Map.of(
                "RK_DB_URL", "jdbc:h2:tcp://127.0.0.1:" + databasePort + "/rk" + ApplicationDataSource.H2_OPTIONS,
                "RK_DB_USER", "rk",
                "RK_DB_PASSWORD", "outage-test"));
    }

    @AfterEach
    void stopBoth() {
        service.close();
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void readinessFollowsTheDatabaseAndTheServiceRecoversByItself() throws SQLException {
        Http probe = new Http(service);
        HttpResponse<String> before = probe.get("/health/ready");
        assertEquals(503, before.statusCode(), before.body());
        assertTrue(before.body().contains("the database is unreachable"), before.body());
        assertEquals(200, probe.get("/").statusCode(), "the service is deployed and answers without its database");

        startDatabase();
        HttpResponse<String> first = probe.awaitStatus("/health/ready", 200, NOTICE);
        assertEquals(200, first.statusCode(), first.body() + "\n" + service.logTail());

        database.stop();
        HttpResponse<String> down = probe.awaitStatus("/health/ready", 503, NOTICE);
        assertEquals(503, down.statusCode(), down.body());
        assertTrue(down.body().contains("the database is unreachable"), down.body());
        assertTrue(service.isRunning(), "the server keeps running without its database");
        assertEquals(200, probe.get("/").statusCode(), "pages that need no data still answer");

        startDatabase();
        HttpResponse<String> up = probe.awaitStatus("/health/ready", 200, NOTICE);
        assertEquals(200, up.statusCode(), up.body() + "\n" + service.logTail());
    }

    private void startDatabase() throws SQLException {
        database = Server.createTcpServer("-tcpPort", Integer.toString(databasePort), "-ifNotExists",
                "-baseDir", databaseFolder).start();
    }
}
