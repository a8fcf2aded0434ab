package id.ruangkonseling.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two people in two real Chromium windows: a student on a phone asks for counseling and writes while
 * waiting; a counselor at a laptop takes the request up, opens the conversation from "my cases" and they
 * talk both ways, each message appearing on the other side at once and marked read. Then the student's
 * network goes away mid-send: the panel says so, and once it is back the message arrives exactly once.
 * A long conversation keeps its newest message in view; a message longer than the limit is refused as written.
 * While the service restarts, what is typed waits and arrives once; a session that ended gives it back to copy.
 */
@ExtendWith(SharedServer.class)
class ChatInBrowserIT {

    private static final String STUDENT = "Chat Ponsel";
    private static final String MESSAGE = "//ol[@id='chat-messages']/li[contains(., \"%s\")]";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aStudentAndACounselorChatBothWaysAndAMessageSentOfflineArrivesOnce(PayaraMicro tool) {
        WebDriver phone = browser.open(360, 740, "id");
        Browser.demoLaunch(phone, tool, "student", "Chat Ponsel");
        Browser.navigate(phone, By.id("new-request"));
        new Select(phone.findElement(By.id("request:field"))).selectByVisibleText("pribadi (perasaan, diri sendiri)");
        phone.findElement(By.id("request:about")).sendKeys("Saya sulit fokus belajar akhir-akhir ini.");
        phone.findElement(By.xpath("//input[@name='request:urgency' and @value='NOW']")).click();
        phone.findElement(By.xpath("//input[@name='request:mode' and @value='CHAT']")).click();
        phone.findElement(By.id("request:acknowledged")).click();
        Browser.navigate(phone, By.id("request:send"));
        Browser.navigate(phone, By.xpath("//ul[@id='my-requests']/li[1]//a[contains(@class, 'rk-chat-link')]"));
        Browser.waitFor(phone, By.id("chat-body"));
        send(phone, "Halo Bu, saya <b>menunggu</b> ya.");
        Browser.waitFor(phone, By.xpath(String.format(MESSAGE, "menunggu") + "[@data-state='sent']"));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("chat-student-waiting-id-360");

        WebDriver laptop = browser.open(1280, 900, "id");
        Browser.demoLaunch(laptop, tool, "counselor", "Bu Obrolan");
        Browser.navigate(laptop, By.xpath("//tr[contains(., '" + STUDENT + "')]//input[@value='Tangani']"));
        Browser.navigate(laptop, By.xpath("//form[@id='cases']//tr[contains(., '" + STUDENT + "')]//a[contains(@class, 'rk-chat-link')]"));
        WebElement fromStudent = Browser.waitFor(laptop, By.xpath(String.format(MESSAGE, "menunggu")));
        assertTrue(fromStudent.getText().contains("Halo Bu, saya <b>menunggu</b> ya."), "text stays text: " + fromStudent.getText());
        assertEquals(0, laptop.findElements(By.cssSelector("#chat-messages b")).size(), "nothing the student typed became HTML");
        Browser.waitFor(phone, By.xpath(String.format(MESSAGE, "menunggu") + "[@data-state='read']"));

        laptop.findElement(By.id("chat-body")).sendKeys("Halo, aku Bu Obrolan.");
        assertEquals("Guru BK sedang mengetik…", Browser.waitFor(phone, By.id("chat-typing")).getText());
        send(laptop, " Ceritakan pelan-pelan.");
        long sent = System.nanoTime();
        Browser.waitFor(phone, By.xpath(String.format(MESSAGE, "Ceritakan pelan-pelan")));
        long millis = (System.nanoTime() - sent) / 1_000_000;
        assertTrue(millis < 2000, "the student saw it " + millis + " ms after the counselor pressed send");

        send(phone, "Terima kasih, Bu.");
        Browser.waitFor(laptop, By.xpath(String.format(MESSAGE, "Terima kasih")));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("chat-counselor-id-1280");

        ChromiumDriver offlinePhone = (ChromiumDriver) phone;
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        offlinePhone.setNetworkConditions(offline);
        send(phone, "Pesan ini ditulis saat offline.");
        Browser.waitFor(phone, By.id("chat-offline"));
        Browser.waitFor(phone, By.xpath(String.format(MESSAGE, "saat offline") + "[@data-state='sending']"));
        offlinePhone.deleteNetworkConditions();

        Browser.waitFor(laptop, By.xpath(String.format(MESSAGE, "saat offline")));
        new WebDriverWait(phone, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("chat-offline")));
        Browser.waitFor(phone, By.xpath(String.format(MESSAGE, "saat offline") + "[@data-state='sent' or @data-state='read']"));
        assertEquals(1, count(laptop, "saat offline"), "the counselor got it once");
        assertEquals(1, count(phone, "saat offline"), "the student's panel shows it once");
        laptop.navigate().refresh();
        Browser.waitFor(laptop, By.xpath(String.format(MESSAGE, "saat offline")));
        assertEquals(1, count(laptop, "saat offline"), "stored once");
    }

    @Test
    void behindAProxyThatCutsLongRequestsThePanelPollsAtIntervalsAndMessagesStillArrive(PayaraMicro tool) {
        try (CuttingProxy proxy = new CuttingProxy(tool.uri("/"), Duration.ofSeconds(6))) {
            WebDriver phone = browser.open(360, 740, "id");
            phone.get(proxy.uri("/dev/launch?as=student&user=Chat%20Proksi").toString());
            Browser.waitFor(phone, By.id("greeting"));
            Browser.navigate(phone, By.id("new-request"));
            new Select(phone.findElement(By.id("request:field"))).selectByVisibleText("belajar (pelajaran, nilai, cara belajar)");
            phone.findElement(By.id("request:about")).sendKeys("Nilai saya turun.");
            phone.findElement(By.xpath("//input[@name='request:urgency' and @value='SOON']")).click();
            phone.findElement(By.xpath("//input[@name='request:mode' and @value='MESSAGES']")).click();
            phone.findElement(By.id("request:acknowledged")).click();
            Browser.navigate(phone, By.id("request:send"));
            Browser.navigate(phone, By.xpath("//ul[@id='my-requests']/li[1]//a[contains(@class, 'rk-chat-link')]"));
            new WebDriverWait(phone, Duration.ofSeconds(45)).until(ExpectedConditions.attributeToBe(By.id("chat"),
                    "data-polling", "interval"));

            WebDriver laptop = browser.open(1280, 900, "id");
            Browser.demoLaunch(laptop, tool, "counselor", "Bu Proksi");
            Browser.navigate(laptop, By.xpath("//tr[contains(., 'Chat Proksi')]//input[@value='Tangani']"));
            Browser.navigate(laptop, By.xpath("//form[@id='cases']//tr[contains(., 'Chat Proksi')]//a[contains(@class, 'rk-chat-link')]"));
            send(laptop, "Pesan lewat proksi sekolah.");
            Browser.waitFor(phone, By.xpath(String.format(MESSAGE, "lewat proksi")));
            send(phone, "Sampai, Bu.");
            Browser.waitFor(laptop, By.xpath(String.format(MESSAGE, "Sampai, Bu.")));
            assertEquals(1, count(phone, "lewat proksi"));
        }
    }

    @Test
    void theNewestMessageStaysInViewAndAReaderWhoScrolledUpIsOfferedTheNewOnes(PayaraMicro tool, DataSource database,
                                                                               TestPlatform school) {
        ChatParties people = new ChatParties(tool, database, school);
        Http student = people.student("gulir-siswa", "Gita Gulir");
        long conversation = people.request(student);
        Http counselor = people.counselor("gulir-bk", "Bu Gulir");
        people.takeUp(counselor);
        for (int n = 1; n <= 12; n++) {
            assertEquals(201, people.send(counselor, conversation, "gulir-" + n, "Pesan nomor " + n + ". Dibaca pelan-pelan ya.")
                    .statusCode());
        }
        WebDriver phone = browser.open(360, 740, "id");
        Browser.openAs(phone, tool, student, "/student/conversation?id=" + conversation);
        awaitInView(phone, "Pesan nomor 12.");
        assertFalse(inView(phone, "Pesan nomor 1."), "the list is longer than its window");

        people.send(counselor, conversation, "gulir-13", "Pesan nomor 13. Masih di sini?");
        awaitInView(phone, "Pesan nomor 13.");
        assertFalse(phone.findElement(By.id("chat-new")).isDisplayed(), "no button while the newest shows");
        browser.screenshot("chat-newest-in-view-id-360");

        ((JavascriptExecutor) phone).executeScript("document.getElementById('chat-messages').scrollTop = 0;");
        people.send(counselor, conversation, "gulir-14", "Pesan nomor 14. Aku tunggu ya.");
        WebElement newMessages = Browser.waitFor(phone, By.id("chat-new"));
        assertEquals("Pesan baru ↓", newMessages.getText());
        assertFalse(inView(phone, "Pesan nomor 14."), "the reader's place is kept while they read back");
        assertTrue(inView(phone, "Pesan nomor 1."), "the reader's place is kept while they read back");
        browser.screenshot("chat-new-messages-button-id-360");
        newMessages.click();
        awaitInView(phone, "Pesan nomor 14.");
        new WebDriverWait(phone, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("chat-new")));
    }

    @Test
    void aStudentWhoseRequestWasTakenUpIsAskedToWriteAndAMessageOverTheLimitIsRefusedAsWritten(PayaraMicro tool,
                                                                                              DataSource database,
                                                                                              TestPlatform school) {
        ChatParties people = new ChatParties(tool, database, school);
        Http student = people.student("batas-siswa", "Bima Batas");
        long conversation = people.request(student);
        people.takeUp(people.counselor("batas-bk", "Bu Batas"));
        WebDriver phone = browser.open(360, 740, "id");
        Browser.openAs(phone, tool, student, "/student/conversation?id=" + conversation);
        assertEquals("Guru BK sudah bergabung dalam percakapan ini. Tulis pesan pertamamu di sini.",
                Browser.waitFor(phone, By.id("chat-empty")).getText());

        String story = "Aku mau cerita dari awal sampai akhir. ".repeat(130).substring(0, 5000);
        WebElement input = phone.findElement(By.id("chat-body"));
        input.sendKeys(story);
        assertEquals(5000, input.getDomProperty("value").length(), "nothing typed is cut off");
        assertEquals("5.000 / 4.000", Browser.waitFor(phone, By.id("chat-count")).getText());
        phone.findElement(By.id("chat-send")).click();
        String refused = Browser.waitFor(phone, By.id("chat-error")).getText();
        assertTrue(refused.contains("terlalu panjang") && refused.contains("4.000"), refused);
        assertEquals(story, input.getDomProperty("value"), "what the student wrote stays as they wrote it");
        assertEquals(0, phone.findElements(By.cssSelector("#chat-messages li")).size(), "nothing was sent");
        browser.assertNoHorizontalScrolling();
        browser.screenshot("chat-too-long-id-360");

        ((JavascriptExecutor) phone).executeScript("const input = arguments[0]; input.value = input.value.substring(0, 3700);"
                + " input.dispatchEvent(new Event('input', {bubbles: true}));", input);
        assertEquals("3.700 / 4.000", phone.findElement(By.id("chat-count")).getText());
        phone.findElement(By.id("chat-send")).click();
        Browser.waitFor(phone, By.xpath("//ol[@id='chat-messages']/li[@data-state='sent' or @data-state='read']"));
        assertFalse(phone.findElement(By.id("chat-error")).isDisplayed(), "the refusal goes once the message fits");
    }

    @Test
    void whileTheServiceRestartsWhatIsTypedWaitsAndArrivesOnceAndASessionThatEndedGivesItBack(PayaraMicro tool,
                                                                                             DataSource database,
                                                                                             TestPlatform school) {
        ChatParties people = new ChatParties(tool, database, school);
        Http student = people.student("ulang-siswa", "Ulla Ulang");
        long conversation = people.request(student);
        Http counselor = people.counselor("ulang-bk", "Bu Ulang");
        people.takeUp(counselor);
        WebDriver phone = browser.open(360, 740, "id");
        Browser.openAs(phone, tool, student, "/student/conversation?id=" + conversation);
        Browser.waitFor(phone, By.id("chat-body"));

        // the service restarts: the proxy answers 503, then the container a 404 page, until the application is back
        ((JavascriptExecutor) phone).executeScript("""
                const real = window.fetch;
                let asked = 0;
                window.restarting = true;
                window.fetch = (url, options) => !window.restarting ? real(url, options) : Promise.resolve(asked++ % 2 === 0
                        ? new Response('<html>Service Unavailable</html>', {status: 503, headers: {'Content-Type': 'text/html'}})
                        : new Response('<html>Not Found</html>', {status: 404, headers: {'Content-Type': 'text/html'}}));""");
        for (int i = 1; i <= 3; i++) {
            send(phone, "Pesan saat restart " + i);
        }
        Browser.waitFor(phone, By.id("chat-offline"));
        assertEquals(3, phone.findElements(By.xpath(String.format(MESSAGE, "saat restart") + "[@data-state='sending']")).size(),
                "nothing typed is called failed while the service is away");
        ((JavascriptExecutor) phone).executeScript("window.restarting = false;");
        phone.findElement(By.id("chat-retry")).click();
        new WebDriverWait(phone, Duration.ofSeconds(20), Duration.ofMillis(100)).until(page ->
                page.findElements(By.xpath(String.format(MESSAGE, "saat restart") + "[@data-state='sent' or @data-state='read']")).size() == 3);
        assertEquals(3, ChatParties.messages(counselor.get("/api/conversations/" + conversation + "/messages?after=0")).stream()
                .filter(message -> message.get("body").toString().startsWith("Pesan saat restart")).count(), "each arrives once");

        // the restart ended the session: the next message cannot go, and comes back into the box to copy
        ((JavascriptExecutor) phone).executeScript("""
                window.fetch = () => Promise.resolve(new Response('{"message":"signed out"}',
                        {status: 401, headers: {'Content-Type': 'application/json'}}));""");
        send(phone, "Pesan setelah sesi berakhir");
        String told = Browser.waitFor(phone, By.id("chat-error")).getText();
        assertTrue(told.contains("buka lagi Ruang Konseling dari kelasmu di LMS"), told);
        assertEquals("Pesan setelah sesi berakhir", phone.findElement(By.id("chat-body")).getDomProperty("value"),
                "what was not sent is back in the writing box");
        browser.screenshot("chat-session-ended-id-360");
    }

    /** Waits until the message shows inside the chat list's window, which scrolls on its own. */
    private static void awaitInView(WebDriver page, String text) {
        Browser.waitFor(page, By.xpath(String.format(MESSAGE, text)));
        new WebDriverWait(page, Duration.ofSeconds(10), Duration.ofMillis(50)).until(driver -> inView(driver, text));
    }

    private static boolean inView(WebDriver page, String text) {
        WebElement message = page.findElement(By.xpath(String.format(MESSAGE, text)));
        return Boolean.TRUE.equals(((JavascriptExecutor) page).executeScript("""
                const item = arguments[0].getBoundingClientRect();
                const list = document.getElementById('chat-messages').getBoundingClientRect();
                return item.height > 0 && item.top >= list.top - 1 && item.bottom <= list.bottom + 1;""", message));
    }

    private static void send(WebDriver page, String text) {
        page.findElement(By.id("chat-body")).sendKeys(text);
        page.findElement(By.id("chat-send")).click();
    }

    private static long count(WebDriver page, String text) {
        List<WebElement> found = page.findElements(By.xpath(String.format(MESSAGE, text)));
        return found.size();
    }

}
