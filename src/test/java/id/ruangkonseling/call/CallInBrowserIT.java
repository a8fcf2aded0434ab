package id.ruangkonseling.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.chat.ChatParties;
import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A student and the counselor who took up their request, each in a real Chromium with a fake camera and
 * microphone: a video call rings the student on their home page without a reload, connects, and carries
 * picture and sound both ways; hanging up on one side ends it on the other and leaves its line in the chat.
 * A voice call carries sound and no picture, also when the reply to the answer comes back after the caller's
 * offer (a slow network). A call whose browsers find no way to each other is tried again, then fails, says so
 * and offers to call again. A browser that refuses the camera says why and offers a voice call. A call hung up
 * before an answer is a missed call in the conversation.
 */
@ExtendWith(SharedServer.class)
class CallInBrowserIT {

    /** Chromium's fake devices, and calls on a machine that has only loopback. */
    static final String[] MEDIA = {"--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
            "--allow-loopback-in-peer-connection", "--autoplay-policy=no-user-gesture-required"};
    private static final String STATE = "[data-call-state]";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aVideoCallRingsTheStudentAtHomeConnectsBothWaysAndEndsOnBothSides(PayaraMicro tool, DataSource database,
                                                                           TestPlatform school) {
        Talking people = talking(tool, database, school, "vid", "Vina Video", "Bu Kamera");
        WebDriver counselor = browser.open(1280, 900, "id", MEDIA);
        Browser.openAs(counselor, tool, people.counselor(), "/counselor/conversation?id=" + people.conversation());
        WebDriver student = browser.open(360, 740, "id", MEDIA);
        Browser.openAs(student, tool, people.student(), "/student/");
        awaitReady(student);
        awaitReady(counselor);

        counselor.findElement(By.cssSelector("[data-call-start='video']")).click();
        long rang = System.nanoTime();
        awaitState(student, "ringing", Duration.ofSeconds(5));
        long ringMillis = (System.nanoTime() - rang) / 1_000_000;
        assertTrue(ringMillis <= 5000, "rung " + ringMillis + " ms after the counselor pressed call");
        assertTrue(student.findElement(By.id("call-incoming-text")).getText().contains("Bu Kamera"), "who calls is named");
        browser.screenshot("call-ringing-student-id-360");

        Browser.navigate(student, By.cssSelector("[data-call-answer]"));
        awaitState(student, "connected", Duration.ofSeconds(30));
        awaitState(counselor, "connected", Duration.ofSeconds(30));
        Map<String, Object> studentBefore = stats(student);
        Map<String, Object> counselorBefore = stats(counselor);
        long since = System.nanoTime();
        new WebDriverWait(student, Duration.ofSeconds(20), Duration.ofMillis(250)).until(page ->
                System.nanoTime() - since >= Duration.ofSeconds(3).toNanos()
                        && grew(stats(student), studentBefore, "framesDecoded") && grew(stats(student), studentBefore, "audioBytesReceived")
                        && grew(stats(counselor), counselorBefore, "framesDecoded")
                        && grew(stats(counselor), counselorBefore, "audioBytesReceived"));
        browser.screenshot("call-connected-student-id-360");

        counselor.findElement(By.cssSelector("[data-call-hangup]")).click();
        awaitState(student, "ended", Duration.ofSeconds(10));
        awaitState(counselor, "ended", Duration.ofSeconds(10));
        Browser.waitFor(student, By.xpath("//ol[@id='chat-messages']/li[contains(., 'Panggilan video') and contains(., 'menit')]"));
        Browser.waitFor(counselor, By.xpath("//ol[@id='chat-messages']/li[contains(., 'Panggilan video') and contains(., 'menit')]"));
    }

    @Test
    void aVoiceCallCarriesSoundAndNoPictureAlsoOverASlowNetwork(PayaraMicro tool, DataSource database, TestPlatform school) {
        Both both = inTheConversation(tool, talking(tool, database, school, "voi", "Vero Suara", "Pak Suara"));
        WebDriver student = both.student();
        WebDriver counselor = both.counselor();
        answerArrivesLate(counselor);

        callAndAnswer(student, counselor, "voice");
        awaitState(counselor, "connected", Duration.ofSeconds(30));
        awaitState(student, "connected", Duration.ofSeconds(30));
        Map<String, Object> before = stats(counselor);
        new WebDriverWait(counselor, Duration.ofSeconds(20), Duration.ofMillis(250))
                .until(page -> grew(stats(counselor), before, "audioBytesReceived"));
        assertEquals(0L, number(stats(counselor), "framesDecoded"), "no picture in a voice call");
        assertEquals(0L, number(stats(student), "framesDecoded"));
        browser.screenshot("call-voice-counselor-en-1280");
        student.findElement(By.cssSelector("[data-call-hangup]")).click();
        awaitState(counselor, "ended", Duration.ofSeconds(10));
        Browser.waitFor(counselor, By.xpath("//ol[@id='chat-messages']/li[contains(., 'Voice call') and contains(., 'min')]"));
    }

    @Test
    void aCallThatCannotConnectIsTriedAgainThenFailsAndOffersToCallAgain(PayaraMicro tool, DataSource database,
                                                                        TestPlatform school) {
        Both both = inTheConversation(tool, talking(tool, database, school, "putus", "Putri Putus", "Pak Sinyal"));
        WebDriver student = both.student();
        WebDriver counselor = both.counselor();
        noRouteFrom(student);

        callAndAnswer(counselor, student, "voice");
        awaitState(counselor, "failed", Duration.ofSeconds(45));
        assertTrue(counselor.findElement(By.id("call-problem-text")).getText().contains("could not be connected"),
                "says what happened and what to do");
        assertFalse(counselor.findElement(By.id("call-status")).isDisplayed(), "and says it once");
        assertTrue(counselor.findElement(By.id("call-again")).isDisplayed(), "offers to call again");
        assertTrue(((Number) ((JavascriptExecutor) student).executeScript("return window.offersHeard")).intValue() >= 2,
                "the caller tried again with a fresh offer before giving up");
        awaitState(student, "failed", Duration.ofSeconds(10));
        assertTrue(student.findElement(By.id("call-problem-text")).getText().contains("could not be connected"),
                "the other side hears the same, not a call that ended");
        Browser.waitFor(counselor, By.xpath("//ol[@id='chat-messages']/li[contains(., 'Voice call could not connect')]"));
        Browser.waitFor(student, By.xpath("//ol[@id='chat-messages']/li[contains(., 'Voice call could not connect')]"));
        assertTrue(counselor.findElements(By.xpath("//ol[@id='chat-messages']/li[contains(., ' min')]")).isEmpty(),
                "no minutes for a call nobody heard");
        browser.screenshot("call-failed-counselor-en-1280");
    }

    @Test
    void aBrowserThatRefusesTheCameraSaysWhyAndOffersAVoiceCall(PayaraMicro tool, DataSource database, TestPlatform school) {
        Talking people = talking(tool, database, school, "tolak", "Tia Tolak", "Bu Izin");
        browser.preferring("profile.default_content_setting_values.media_stream_camera", 2)
                .preferring("profile.default_content_setting_values.media_stream_mic", 2);
        WebDriver student = browser.open(360, 740, "id", "--use-fake-device-for-media-stream", "--allow-loopback-in-peer-connection");
        Browser.openAs(student, tool, people.student(), "/student/conversation?id=" + people.conversation());
        awaitReady(student);

        student.findElement(By.cssSelector("[data-call-start='video']")).click();
        String problem = Browser.waitFor(student, By.id("call-problem-text")).getText();
        assertTrue(problem.contains("tidak diizinkan"), problem);
        assertTrue(student.findElement(By.id("call-offer-voice")).isDisplayed(), "a voice call is offered");
        assertEquals("idle", student.findElement(By.cssSelector(STATE)).getDomAttribute("data-call-state"),
                "no call rings the counselor");
        browser.assertNoHorizontalScrolling();
        browser.screenshot("call-camera-refused-student-id-360");
    }

    @Test
    void aCallHungUpBeforeItIsAnsweredIsAMissedCallInTheConversation(PayaraMicro tool, DataSource database,
                                                                      TestPlatform school) {
        Talking people = talking(tool, database, school, "luput", "Lala Luput", "Bu Sibuk");
        WebDriver counselor = browser.open(1280, 900, "id", MEDIA);
        Browser.openAs(counselor, tool, people.counselor(), "/counselor/conversation?id=" + people.conversation());
        awaitReady(counselor);
        counselor.findElement(By.cssSelector("[data-call-start='video']")).click();
        new WebDriverWait(counselor, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("call-status"), "Menelepon"));
        new WebDriverWait(counselor, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-call-hangup]"))).click();
        awaitState(counselor, "ended", Duration.ofSeconds(10));

        WebDriver student = browser.open(360, 740, "id", MEDIA);
        Browser.openAs(student, tool, people.student(), "/student/conversation?id=" + people.conversation());
        Browser.waitFor(student, By.xpath("//ol[@id='chat-messages']/li[contains(., 'Panggilan video tak terjawab')]"));
        browser.screenshot("call-missed-student-id-360");
    }

    /** A student whose request the counselor took up: their conversation, and both signed in. */
    record Talking(Http student, Http counselor, long conversation) {
    }

    static Talking talking(PayaraMicro tool, DataSource database, TestPlatform school, String key, String studentName,
                           String counselorName) {
        ChatParties people = new ChatParties(tool, database, school);
        Http student = people.student("call-" + key + "-siswa", studentName);
        long conversation = people.request(student);
        Http counselor = people.counselor("call-" + key + "-bk", counselorName);
        people.takeUp(counselor);
        return new Talking(student, counselor, conversation);
    }

    /** The student and the counselor, each in an English Chromium at 1280 px on their side of the conversation. */
    record Both(WebDriver student, WebDriver counselor) {
    }

    private Both inTheConversation(PayaraMicro tool, Talking people) {
        WebDriver student = browser.open(1280, 900, "en", MEDIA);
        Browser.openAs(student, tool, people.student(), "/student/conversation?id=" + people.conversation());
        WebDriver counselor = browser.open(1280, 900, "en", MEDIA);
        Browser.openAs(counselor, tool, people.counselor(), "/counselor/conversation?id=" + people.conversation());
        awaitReady(student);
        awaitReady(counselor);
        return new Both(student, counselor);
    }

    /** One side calls, the call rings on the other side's page, and they pick up. */
    static void callAndAnswer(WebDriver caller, WebDriver called, String kind) {
        caller.findElement(By.cssSelector("[data-call-start='" + kind + "']")).click();
        awaitState(called, "ringing", Duration.ofSeconds(5));
        called.findElement(By.cssSelector("[data-call-answer]")).click();
    }

    /** Waits until the page's call script runs: its buttons work from then on. */
    static void awaitReady(WebDriver page) {
        new WebDriverWait(page, Duration.ofSeconds(20), Duration.ofMillis(50))
                .until(ExpectedConditions.attributeToBe(By.cssSelector(STATE), "data-call-ready", "true"));
    }

    /** Waits for the call's state; failing, says what the page's console said (the call script's warnings). */
    static void awaitState(WebDriver page, String state, Duration within) {
        try {
            new WebDriverWait(page, within, Duration.ofMillis(50))
                    .until(ExpectedConditions.attributeToBe(By.cssSelector(STATE), "data-call-state", state));
        } catch (TimeoutException notThere) {
            WebElement root = page.findElement(By.cssSelector(STATE));
            throw new AssertionError("the call did not become " + state + " but stayed "
                    + root.getDomAttribute("data-call-state") + " (\"" + page.findElement(By.id("call-status")).getDomProperty("textContent")
                    + "\"); the console said: " + page.manage().logs().get(LogType.BROWSER).getAll(), notThere);
        }
    }

    /**
     * Holds back the reply to this page's answer for two seconds, as a slow network would: the caller's offer,
     * sent the moment the server took the answer, then reaches the page before its own peer connection exists.
     */
    private static void answerArrivesLate(WebDriver page) {
        ((JavascriptExecutor) page).executeScript("""
                const real = window.fetch;
                window.fetch = (url, init) => real(url, init).then(reply => String(url).endsWith('/answer')
                        ? new Promise(later => setTimeout(() => later(reply), 2000)) : reply);""");
    }

    /**
     * This page's browser finds no way to the other one (relayed candidates only, and no relay): ICE never connects.
     * {@code window.offersHeard} counts the offers it is given.
     */
    private static void noRouteFrom(WebDriver page) {
        ((JavascriptExecutor) page).executeScript("""
                const Real = window.RTCPeerConnection;
                window.offersHeard = 0;
                window.RTCPeerConnection = function (config) {
                    const peer = new Real({...config, iceServers: [], iceTransportPolicy: 'relay'});
                    const setRemote = peer.setRemoteDescription.bind(peer);
                    peer.setRemoteDescription = description => {
                        window.offersHeard += description?.type === 'offer' ? 1 : 0;
                        return setRemote(description);
                    };
                    return peer;
                };""");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> stats(WebDriver page) {
        return (Map<String, Object>) ((JavascriptExecutor) page).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; window.ruangKonseling.call.stats().then(done, e => done({error: String(e)}));");
    }

    private static boolean grew(Map<String, Object> now, Map<String, Object> before, String key) {
        return number(now, key) > number(before, key);
    }

    private static long number(Map<String, Object> stats, String key) {
        return stats.get(key) instanceof Number value ? value.longValue() : 0;
    }
}
