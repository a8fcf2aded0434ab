package id.ruangkonseling.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CookiePolicyTest {

    private static final CookiePolicy HTTPS = new CookiePolicy(new PublicUrl(Optional.of("https://bk.sekolah.test"), false));
    private static final CookiePolicy PLAIN_HTTP = new CookiePolicy(new PublicUrl(Optional.empty(), false));

    @Test
    void overHttpsTheSessionCookieIsSecureAndMayCrossIntoTheLmsFrame() {
        assertEquals(Map.of("setHttpOnly", true, "setSecure", true), sessionCookieSettings(HTTPS));
        assertEquals("JSESSIONID=a1; Path=/; Secure; HttpOnly; SameSite=None; Partitioned",
                HTTPS.sessionCookie("JSESSIONID=a1; Path=/; Secure; HttpOnly"));
        assertEquals("JSESSIONID=a1; Path=/; Secure; HttpOnly; SameSite=None; Partitioned",
                HTTPS.sessionCookie("JSESSIONID=a1; Path=/; HttpOnly"), "Secure even when the container left it out");
    }

    @Test
    void overPlainHttpTheSessionCookieIsHttpOnlyAndLax() {
        assertEquals(Map.of("setHttpOnly", true, "setSecure", false), sessionCookieSettings(PLAIN_HTTP));
        assertEquals("JSESSIONID=a1; Path=/; HttpOnly; SameSite=Lax", PLAIN_HTTP.sessionCookie("JSESSIONID=a1; Path=/; HttpOnly"));
    }

    @Test
    void whatTheContainerSaidOfSameSiteOrPartitioningGivesWayAndTheRestStays() {
        assertEquals("JSESSIONID=a1; Path=/app; Domain=bk.sekolah.test; Max-Age=600; Secure; HttpOnly; SameSite=None; Partitioned",
                HTTPS.sessionCookie("JSESSIONID=a1; Path=/app; Domain=bk.sekolah.test; Max-Age=600; SameSite=none;Secure; HttpOnly"));
        String written = HTTPS.sessionCookie("JSESSIONID=a1; Path=/; Secure; HttpOnly");
        assertEquals(written, HTTPS.sessionCookie(written), "written again, it comes out the same");
        assertEquals("JSESSIONID=a1; Path=/; HttpOnly; SameSite=Lax",
                PLAIN_HTTP.sessionCookie("JSESSIONID=a1; Path=/; Partitioned; HttpOnly; SameSite=None"));
    }

    @Test
    void otherCookiesFollowTheSamePolicy() {
        Cookie overHttps = new Cookie("rk_lang", "en");
        HTTPS.applyTo(overHttps);
        Cookie overHttp = new Cookie("rk_lang", "en");
        PLAIN_HTTP.applyTo(overHttp);

        assertTrue(overHttps.isHttpOnly() && overHttps.getSecure());
        assertEquals("None", overHttps.getAttribute("SameSite"));
        assertTrue(overHttp.isHttpOnly());
        assertFalse(overHttp.getSecure());
        assertEquals("Lax", overHttp.getAttribute("SameSite"));
    }

    /** What the policy set on the container's session cookie configuration. */
    private static Map<String, Object> sessionCookieSettings(CookiePolicy policy) {
        Map<String, Object> settings = new HashMap<>();
        SessionCookieConfig recorder = (SessionCookieConfig) Proxy.newProxyInstance(getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("setAttribute")) {
                        settings.put((String) arguments[0], arguments[1]);
                    } else if (method.getName().startsWith("set")) {
                        settings.put(method.getName(), arguments[0]);
                    }
                    return null;
                });
        policy.applyTo(recorder);
        return settings;
    }

    private static ClassLoader getClassLoader() {
        return CookiePolicyTest.class.getClassLoader();
    }
}
