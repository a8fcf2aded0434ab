package id.ruangkonseling.platform;

import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SetCookie;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A signed-in page offers a way out that really ends the session, and warns before an idle session ends
 * (RK_SESSION_IDLE_MINUTES, 30 by default on the shared server): "stay signed in" keeps it. Over plain
 * HTTP (no {@code RK_PUBLIC_URL}, a developer's machine) the session cookie is {@code HttpOnly} and
 * {@code SameSite=Lax}; FramedLaunchOverHttpsIT shows it over HTTPS.
 */
@ExtendWith(SharedServer.class)
class SessionIT {

    @Test
    void signingOutEndsTheSessionAndTheRolePageThenSaysToOpenItFromTheLms(PayaraMicro tool, TestPlatform school) {
        Http student = new Http(tool);
        assertEquals(303, school.launch(student, tool, "sesi-siswa", List.of(LEARNER), claims -> claims).answer().statusCode());
        HttpResponse<String> home = student.get("/student/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("id=\"session-sign-out:sign-out-button\""), "the header offers a way out");
        assertTrue(home.body().contains("data-idle=\"1800\"") && home.body().contains("data-warn-after=\"1680\""),
                "the warning comes two minutes before the 30 idle minutes are up");
        assertEquals(204, student.postForm("/session/ping", "").statusCode(), "stay signed in keeps the session");

        HttpResponse<String> signedOut = FacesForm.submit(student, "/student/", home, "session-sign-out", "session-sign-out:sign-out-button", Map.of());
        assertEquals(302, signedOut.statusCode(), signedOut.body());
        assertEquals("/signed-out", URI.create(signedOut.headers().firstValue("Location").orElseThrow()).getPath());
        String goodbye = student.get("/signed-out").body();
        assertTrue(goodbye.contains("Kamu sudah keluar"), goodbye);
        assertFalse(goodbye.contains("sign-out-button"), "nobody is signed in any more");

        HttpResponse<String> again = student.get("/student/");
        assertEquals(401, again.statusCode());
        assertTrue(again.body().contains("Buka lagi Ruang Konseling dari kelasmu di LMS"),
                again.body());
        assertEquals(401, student.postForm("/session/ping", "").statusCode(), "the session is gone");
    }

    @Test
    void overPlainHttpTheSessionCookieIsHttpOnlyAndLaxAndNotSecure(PayaraMicro tool, TestPlatform school) {
        List<String> overHttp = List.of("Path=/", "HttpOnly", "SameSite=Lax");
        Http student = new Http(tool);
        SetCookie fromPage = SetCookie.of(student.get("/"), "JSESSIONID");
        assertEquals(overHttp, fromPage.attributes(), "a session the landing page starts: " + fromPage.header());

        SetCookie renewed = SetCookie.of(school.launch(student, tool, "sesi-lax", List.of(LEARNER), claims -> claims).answer(),
                "JSESSIONID");
        assertEquals(overHttp, renewed.attributes(), "a session the launch renewed: " + renewed.header());
    }

    @Test
    void pagesForNobodyInParticularHaveNeitherSignOutNorWarning(PayaraMicro tool) {
        String landing = new Http(tool).get("/").body();
        assertFalse(landing.contains("sign-out-button") || landing.contains("session-warning"), landing);
    }
}
