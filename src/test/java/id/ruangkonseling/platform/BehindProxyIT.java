package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.Landing;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SetCookie;
import id.ruangkonseling.testing.TestConsumer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Production: a TLS-terminating proxy in front, {@code RK_PUBLIC_URL} set to its HTTPS address. The
 * URLs the service hands out are the public ones, and its cookies are fit for the LMS's iframe.
 */
class BehindProxyIT {

    private static final String PUBLIC_URL = "https://bk.sekolah.test/";
    private static final String LTI11_SECRET = "rahasia-proxy";
    private static final TestConsumer LTI11 = new TestConsumer("moodle-behind-proxy", LTI11_SECRET);
    private static PayaraMicro server;

    @BeforeAll
    static void startBehindProxy() {
        server = PayaraMicro.start("it-proxy", Map.of("RK_PUBLIC_URL", PUBLIC_URL,
                "RK_LTI11_KEYS", LTI11.key() + ":" + LTI11_SECRET));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void redirectsGoToThePublicAddressWhateverTheRequestClaims() {
        HttpResponse<String> switched = new Http(server).get("/language?to=en&back=/",
                "X-Forwarded-Host", "attacker.example", "X-Forwarded-Proto", "http");

        assertEquals(303, switched.statusCode());
        assertEquals("https://bk.sekolah.test/", switched.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theLmsAdminIsGivenThePublicAddresses() {
        String page = new Http(server).get("/lti/config").body();

        assertTrue(page.contains("<code id=\"login-url\">https://bk.sekolah.test/lti/login</code>"), page);
        assertTrue(page.contains("<code id=\"keyset-url\">https://bk.sekolah.test/.well-known/jwks.json</code>"));
    }

    @Test
    void anLti11LaunchIsCheckedAgainstThePublicAddressMoodlePostedTo() {
        HttpResponse<String> launched = new Http(server).postForm("/lti/launch", TestPlatform.form(
                LTI11.signed(LTI11.moodleLaunch("17", "Learner"), "https://bk.sekolah.test/lti/launch")));
        assertEquals(303, launched.statusCode(), launched.body());
        assertEquals("https://bk.sekolah.test/student/", Landing.of(launched));

        String signedForTheInsideAddress = TestPlatform.form(
                LTI11.signed(LTI11.moodleLaunch("17", "Learner"), server.uri("/lti/launch").toString()));
        assertTrue(new Http(server).postForm("/lti/launch", signedForTheInsideAddress).body()
                .contains("<code id=\"reason-code\">BAD_OAUTH_SIGNATURE</code>"));
    }

    @Test
    void dynamicRegistrationIsClosedUnlessOpened() {
        String page = new Http(server).get("/lti/register?openid_configuration=https%3A%2F%2Fmoodle.example%2F").body();

        assertTrue(page.contains("<code id=\"reason-code\">REGISTRATION_CLOSED</code>"), page);
    }

    @Test
    void theDemoPlatformDoesNotExistUnlessTurnedOn() {
        assertEquals(404, new Http(server).get("/dev/").statusCode());
        assertEquals(404, new Http(server).get("/dev/launch?as=counselor&user=Eve").statusCode());
    }

    @Test
    void theOperatorConsoleDoesNotExistWithoutAnOperatorPassword() {
        assertEquals(404, new Http(server).get("/operator/").statusCode());
        assertEquals(404, new Http(server).get("/operator/sign-in").statusCode());
    }

    @Test
    void cookiesAreSecureAndMayCrossIntoTheLmsFrame() {
        SetCookie language = SetCookie.of(new Http(server).get("/language?to=en&back=/"), "rk_lang");
        assertTrue(language.attributes().containsAll(List.of("Secure", "HttpOnly", "SameSite=None", "Partitioned")),
                "partitioned for the LMS's iframe: " + language.header());

        HttpResponse<String> launched = new Http(server).postForm("/lti/launch", TestPlatform.form(
                LTI11.signed(LTI11.moodleLaunch("18", "Learner"), "https://bk.sekolah.test/lti/launch")));
        SetCookie session = SetCookie.of(launched, "JSESSIONID");
        assertEquals(List.of("Path=/", "Secure", "HttpOnly", "SameSite=None", "Partitioned"), session.attributes(),
                "the session, too, is partitioned for the LMS's iframe: " + session.header());
    }
}
