package id.ruangkonseling.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * What an integration test needs from the machine (a browser, a MariaDB, nginx). Missing on a developer's
 * machine, the test is skipped with a message saying what to install; when the environment demands it
 * ({@code RK_REQUIRE_BROWSER=1}, {@code RK_REQUIRE_DB=1}, as CI does), the test fails instead.
 */
public enum Requirement {
    BROWSER("RK_REQUIRE_BROWSER", "Chromium and ChromeDriver (/usr/bin/chromium, /usr/bin/chromedriver; Debian: apt-get install chromium chromium-driver)"),
    DATABASE("RK_REQUIRE_DB", "a MariaDB/MySQL test database named by RK_TEST_DB_URL (with RK_TEST_DB_USER, RK_TEST_DB_PASSWORD); .ci/run shows how to create one"),
    TURN("RK_REQUIRE_TURN", "Debian's coturn (/usr/bin/turnserver; apt-get install coturn)"),
    NGINX("RK_REQUIRE_NGINX", "nginx (/usr/sbin/nginx; Debian: apt-get install nginx)");

    private final String demandVariable;
    private final String what;

    Requirement(String demandVariable, String what) {
        this.demandVariable = demandVariable;
        this.what = what;
    }

    /** Skips (or, when demanded, fails) the calling test unless {@code available}. */
    public void assume(boolean available) {
        if (available) {
            return;
        }
        String message = "This test needs " + what + ".";
        if ("1".equals(System.getenv(demandVariable))) {
            fail(message + " " + demandVariable + "=1 demands it.");
        }
        abort(message + " Skipped; set " + demandVariable + "=1 to make this a failure.");
    }
}
