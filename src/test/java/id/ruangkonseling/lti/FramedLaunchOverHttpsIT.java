package id.ruangkonseling.lti;

import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.FreePort;
import id.ruangkonseling.testing.HtmlPage;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SetCookie;
import id.ruangkonseling.testing.TestPlatform;
import id.ruangkonseling.testing.ThrowAwayTls;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The tool over real HTTPS at {@code https://localhost:…} (Payara Micro's own HTTPS listener, its address
 * in {@code RK_PUBLIC_URL}), and a Moodle-like course page on another site ({@code https://127.0.0.1:…})
 * that shows it in an iframe, into which the platform posts the LTI launch. In Chromium the student
 * asks for counseling and opens the chat inside that frame without ever being offered a new window —
 * with third-party cookies allowed, and blocked (Chromium's {@code --test-third-party-cookie-phaseout}),
 * which only a partitioned session cookie survives. A probe cookie shows that each browser really does
 * what its mode says. (Measured: this headless Chromium 156 under ChromeDriver blocks unpartitioned
 * third-party cookies unless {@code profile.cookie_controls_mode} is 0; the switch blocks them even then.)
 */
class FramedLaunchOverHttpsIT {

    private static final List<String> OVER_HTTPS = List.of("Path=/", "Secure", "HttpOnly", "SameSite=None", "Partitioned");
    /** Not HttpOnly, not partitioned: shows whether this browser lets the frame have third-party cookies at all. */
    private static final String PROBE = "rk_probe";
    private static final String COOKIE_CONTROLS = "profile.cookie_controls_mode";
    private static final int ALLOW_THIRD_PARTY_COOKIES = 0;

    private static ThrowAwayTls tls;
    /** The tool's public address, {@code https://localhost:PORT}. */
    private static URI toolAddress;
    private static PayaraMicro tool;
    private static TestPlatform moodle;

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeAll
    static void startOverHttpsAndRegisterAnLmsOnAnotherSite() {
        int httpsPort = FreePort.any();
        toolAddress = URI.create("https://localhost:" + httpsPort);
        tool = PayaraMicro.start("it-https", Map.of("RK_PUBLIC_URL", toolAddress.toString(),
                "RK_LTI_OPEN_REGISTRATION", "true"), "--sslport", Integer.toString(httpsPort));
        tls = ThrowAwayTls.generate();
        moodle = TestPlatform.start().servingBrowsersOverHttps(tool, toolAddress, tls.server());
        HttpResponse<String> registered = new Http(tool).get("/lti/register?openid_configuration="
                + URLEncoder.encode(moodle.openidConfigurationUrl(), StandardCharsets.UTF_8) + "&registration_token=t-https");
        assertEquals(200, registered.statusCode(), registered.body());
    }

    @AfterAll
    static void stop() {
        if (moodle != null) {
            moodle.close();
        }
        if (tool != null) {
            tool.close();
        }
    }

    @Test
    void overHttpsEverySessionCookieIsSecurePartitionedAndMayCrossIntoTheLmsFrame() {
        HttpResponse<String> launched = launch(new Http(toolAddress, tls.client(toolAddress)), "https-baru");
        SetCookie fresh = SetCookie.of(launched, "JSESSIONID");
        assertEquals(OVER_HTTPS, fresh.attributes(), "a launch's new session: " + fresh.header());
        assertEquals("id", SetCookie.of(launched, "rk_lang").value(), "the launch's other cookie stays");

        Http returning = new Http(toolAddress, tls.client(toolAddress));
        HttpResponse<String> landing = returning.get("/");
        SetCookie fromPage = SetCookie.of(landing, "JSESSIONID");
        assertEquals(OVER_HTTPS, fromPage.attributes(), "a session the landing page starts: " + fromPage.header());
        assertFalse(landing.body().toLowerCase(Locale.ROOT).contains("jsessionid"), "the session travels in the cookie only");
        SetCookie renewed = SetCookie.of(launch(returning, "https-lagi"), "JSESSIONID");
        assertNotEquals(fromPage.value(), renewed.value(), "the launch gives the session a new id");
        assertEquals(OVER_HTTPS, renewed.attributes(), "a session the launch renewed: " + renewed.header());
    }

    @Test
    void inTheLmsFrameAStudentAsksForCounselingAndChatsWithoutBeingOfferedANewWindow() {
        WebDriver page = browser.preferring(COOKIE_CONTROLS, ALLOW_THIRD_PARTY_COOKIES)
                .open(1280, 900, "id", "--ignore-certificate-errors", "--use-fake-device-for-media-stream",
                        "--use-fake-ui-for-media-stream");
        askAndChatInTheFrame(page, "bingkai-https", true);
        // the conversation's calls work in the frame: Moodle's allow attribute and the tool's Permissions-Policy
        new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(
                By.cssSelector("[data-call-state]"), "data-call-ready", "true"));
        Object devices = ((JavascriptExecutor) page).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " const policy = document.permissionsPolicy || document.featurePolicy;"
                + " if (!policy.allowsFeature('camera') || !policy.allowsFeature('microphone')) { done('not allowed in the frame'); return; }"
                + " navigator.mediaDevices.getUserMedia({video: true, audio: true})"
                + ".then(stream => { stream.getTracks().forEach(track => track.stop()); done('camera and microphone'); }, e => done(e.name));");
        assertEquals("camera and microphone", devices, "a call in the LMS's frame can use the camera and the microphone");
        browser.screenshot("framed-launch-https-chat-id-1280");
    }

    @Test
    void withThirdPartyCookiesBlockedThePartitionedSessionStillHoldsInTheFrame() {
        WebDriver page = browser.preferring(COOKIE_CONTROLS, ALLOW_THIRD_PARTY_COOKIES)
                .open(1280, 900, "id", "--ignore-certificate-errors", "--test-third-party-cookie-phaseout");
        askAndChatInTheFrame(page, "bingkai-tanpa-3pc", false);
        browser.screenshot("framed-launch-https-no-third-party-cookies-chat-id-1280");
    }

    /** The whole way through the LMS's frame; {@code thirdPartyCookies}: whether this browser keeps unpartitioned ones there. */
    private static void askAndChatInTheFrame(WebDriver page, String person, boolean thirdPartyCookies) {
        // the tool's port too: Chromium binds a cookie to the port it came from
        ((ChromeDriver) page).executeCdpCommand("Network.setCookie", Map.of("name", PROBE, "value", "1",
                "url", toolAddress + "/", "secure", true, "sameSite", "None",
                "sourcePort", toolAddress.getPort(), "sourceScheme", "Secure"));
        page.get(moodle.coursePage(person, LEARNER, "iframe"));
        page.switchTo().frame("tool");
        arrive(page, By.id("greeting"));
        assertEquals("Halo, Siti Rahma!", page.findElement(By.id("greeting")).getText());
        assertEquals(thirdPartyCookies, (Boolean) ((JavascriptExecutor) page)
                .executeScript("return document.cookie.includes('" + PROBE + "=')"),
                "an unpartitioned cookie of the tool in the LMS's frame is " + (thirdPartyCookies ? "kept" : "blocked"));

        Browser.navigate(page, By.id("new-request"));
        arrive(page, By.id("request:about"));
        new Select(page.findElement(By.id("request:field"))).selectByVisibleText("belajar (pelajaran, nilai, cara belajar)");
        page.findElement(By.id("request:about")).sendKeys("Saya ingin bicara soal cara belajar.");
        page.findElement(By.xpath("//input[@name='request:urgency' and @value='SOON']")).click();
        page.findElement(By.xpath("//input[@name='request:mode' and @value='CHAT']")).click();
        page.findElement(By.id("request:acknowledged")).click();
        Browser.navigate(page, By.id("request:send"));
        arrive(page, By.id("my-requests"));
        assertTrue(page.findElement(By.id("my-requests")).getText().contains("menunggu guru BK"));

        Browser.navigate(page, By.xpath("//ul[@id='my-requests']/li[1]//a[contains(@class, 'rk-chat-link')]"));
        arrive(page, By.id("chat-body"));
        page.findElement(By.id("chat-body")).sendKeys("Halo, saya menunggu di sini.");
        page.findElement(By.id("chat-send")).click();
        Browser.waitFor(page, By.xpath("//ol[@id='chat-messages']/li[contains(., 'menunggu di sini')][@data-state='sent']"));
    }

    /**
     * Waits for the page that shows {@code expected}, failing at once if the frame lost the session
     * instead: the signed-out page, which right after a launch offers the new window.
     */
    private static void arrive(WebDriver page, By expected) {
        new WebDriverWait(page, Duration.ofSeconds(30)).until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(expected),
                ExpectedConditions.presenceOfElementLocated(By.id("new-window"))));
        boolean offered = page.findElements(By.id("new-window-link")).stream().anyMatch(WebElement::isDisplayed);
        assertTrue(page.findElements(By.id("new-window")).isEmpty(), "the LMS's frame kept no session: "
                + (offered ? "the student is offered a new window" : "the student is signed out") + " at "
                + ((JavascriptExecutor) page).executeScript("return location.pathname"));
    }

    /** A launch as the platform does it, over HTTPS: login, the platform's auto-posting form, its post. */
    private static HttpResponse<String> launch(Http browser, String person) {
        HttpResponse<String> login = browser.get(moodle.loginAddress(toolAddress, person, LEARNER));
        String form = browser.get(login.headers().firstValue("Location").orElseThrow(() -> new AssertionError(login.body())))
                .body();
        HttpResponse<String> launched = browser.postForm(HtmlPage.find(form, "action=\"([^\"]+)\""), TestPlatform.form(
                Map.of("id_token", HtmlPage.field(form, "id_token"), "state", HtmlPage.field(form, "state"))));
        assertEquals(303, launched.statusCode(), launched.body());
        return launched;
    }
}
