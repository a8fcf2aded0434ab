package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a visitor who did not come from an LMS sees, over plain HTTP, on the running WAR. */
@ExtendWith(SharedServer.class)
class LandingPageIT {

    private PayaraMicro server;
    private Http visitor;

    @BeforeEach
    void newVisitor(PayaraMicro server) {
        this.server = server;
        this.visitor = new Http(server);
    }

    @Test
    void landingPageExplainsTheServiceInIndonesianByDefault() {
        HttpResponse<String> page = visitor.get("/");

        assertEquals(200, page.statusCode());
        assertAll(
                () -> assertTrue(page.body().contains("<html lang=\"id\""), "html lang"),
                () -> assertTrue(page.body().contains("layanan konseling online sekolahmu"), "what it is"),
                () -> assertTrue(page.body().contains("Buka salah satu kelasmu di LMS dan pilih Ruang Konseling"), "how to reach it"),
                () -> assertFalse(page.body().contains("type=\"password\""), "no login form"));
    }

    @Test
    void landingPageSpeaksEnglishToABrowserThatAsksForIt() {
        HttpResponse<String> page = visitor.get("/", "Accept-Language", "en-GB,en;q=0.9");

        assertTrue(page.body().contains("<html lang=\"en\""));
        assertTrue(page.body().contains("Open one of your courses and choose Ruang Konseling."));
    }

    @Test
    void chosenLanguageSticksAndTheSwitchReturnsToThePage() {
        HttpResponse<String> switched = visitor.get("/language?to=en&back=/error/not-found.xhtml");

        assertEquals(303, switched.statusCode());
        assertEquals(server.uri("/error/not-found.xhtml").toString(), switched.headers().firstValue("Location").orElseThrow());
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("rk_lang=en;") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);

        assertTrue(visitor.get("/", "Accept-Language", "id").body().contains("<html lang=\"en\""),
                "the choice wins over the browser's language");
    }

    @Test
    void languageSwitchNeverSendsAVisitorToAnotherSite() {
        HttpResponse<String> switched = visitor.get("/language?to=en&back=//evil.example/phish");

        assertEquals(server.uri("/").toString(), switched.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void missingPageSpeaksToThePersonWithoutInternals() {
        HttpResponse<String> indonesian = visitor.get("/no-such-page");
        HttpResponse<String> english = visitor.get("/no-such-page.xhtml", "Accept-Language", "en");

        assertEquals(404, indonesian.statusCode());
        assertTrue(indonesian.body().contains("Halaman tidak ditemukan"));
        assertEquals(404, english.statusCode());
        assertTrue(english.body().contains("Page not found"));
        assertNoInternals(indonesian);
        assertNoInternals(english);
    }

    @Test
    void filesBehindThePagesLookMissing() {
        HttpResponse<String> hidden = visitor.get("/WEB-INF/web.xml");

        assertEquals(404, hidden.statusCode());
        assertTrue(hidden.body().contains("Halaman tidak ditemukan"));
        assertFalse(hidden.body().contains("<web-app"));
    }

    @Test
    void expiredPageTellsThePersonWhatToDo() {
        HttpResponse<String> expired = visitor.postForm("/", "jakarta.faces.ViewState=long-gone");

        assertTrue(expired.body().contains("Halaman ini sudah kedaluwarsa"), expired.body());
        assertTrue(expired.body().contains("Buka lagi Ruang Konseling dari kelasmu"));
        assertNoInternals(expired);
    }

    @Test
    void serverErrorPageApologisesInBothLanguages() {
        assertTrue(visitor.get("/error/server-error.xhtml").body().contains("Maaf, ada yang tidak beres"));
        assertTrue(visitor.get("/error/server-error.xhtml", "Accept-Language", "en").body()
                .contains("Something failed on our side, not yours."));
    }

    @Test
    void answersMayBeFramedByTheLmsAndDoNotAdvertiseTheServer() {
        HttpResponse<String> page = visitor.get("/");

        assertAll(
                () -> assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null)),
                () -> assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(null)),
                () -> assertTrue(page.headers().firstValue("X-Frame-Options").isEmpty(), "X-Frame-Options would block the LMS iframe"),
                () -> assertTrue(page.headers().firstValue("X-Powered-By").isEmpty(), "X-Powered-By"),
                () -> assertTrue(page.headers().firstValue("Server").isEmpty(), "Server"));
    }

    @Test
    void theTabShowsTheServicesMarkAsItsIcon() {
        HttpResponse<String> icon = visitor.get("/favicon.ico");
        assertEquals(200, icon.statusCode());
        assertEquals("image/svg+xml", icon.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
        assertTrue(icon.body().startsWith("<svg") && icon.body().strip().endsWith("</svg>"), icon.body());

        String page = visitor.get("/").body();
        Matcher link = Pattern.compile("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"([^\"]+)\"").matcher(page);
        assertTrue(link.find(), "the page names its icon: " + page);
        HttpResponse<String> linked = visitor.get(link.group(1));
        assertEquals(200, linked.statusCode(), link.group(1));
        assertEquals(icon.body(), linked.body(), "one mark");
    }

    private static void assertNoInternals(HttpResponse<String> response) {
        String body = response.body();
        assertAll(
                () -> assertFalse(body.matches("(?s).*\\w+(Exception|Error): .*"), "an exception's message"),
                () -> assertFalse(body.contains("\tat "), "a stack trace"),
                () -> assertFalse(body.contains("Payara"), "the server's name"));
    }
}
