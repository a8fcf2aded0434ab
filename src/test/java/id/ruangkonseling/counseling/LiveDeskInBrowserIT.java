package id.ruangkonseling.counseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.chat.ChatParties;
import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.time.Duration;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real Chromium, pages that nobody touches: the counselor's desk shows a new request, a crisis (alarmed:
 * the tab marked, the alert sounded), a case taken up elsewhere and a student's new message as they happen, and
 * keeps what the counselor is typing; the student's home shows that their request was taken up, a counselor's
 * message, and a conversation a counselor opened for them from a teacher's referral. The news comes through a
 * held poll, so "as they happen" is well under a second; {@link #SOON} only separates that from never.
 */
@ExtendWith(SharedServer.class)
class LiveDeskInBrowserIT {

    /** Far longer than the news takes, far shorter than a poll's hold (25 s): only news that came live arrives in time. */
    private static final Duration SOON = Duration.ofSeconds(5);

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aNewRequestAndACrisisAppearOnTheOpenDesk(PayaraMicro tool, DataSource database, TestPlatform school) {
        ChatParties people = new ChatParties(tool, database, school);
        Http counselor = people.counselor("ld-bk", "Bu Langsung");
        WebDriver desk = opened(tool, counselor, "/counselor/", 1280, 900);

        people.request(people.student("ld-rani", "Rani Langsung"));
        soon(desk, page -> page.findElement(By.id("desk:queue")).getText().contains("Rani Langsung")
                && page.findElement(By.id("counts")).getText().contains("menunggu: 1")); // the counts move with it

        Http dimas = people.student("ld-dimas", "Dimas Langsung");
        assertEquals(201, dimas.postJson("/api/requests", """
                {"field":"personal","about":"Aku ingin bunuh diri saja.","urgency":"soon","mode":"chat","acknowledged":true}""",
                people.origin()).statusCode());
        soon(desk, page -> page.findElement(By.id("crisis-live")).getText().contains("Dimas Langsung"));
        assertTrue(desk.getTitle().startsWith("(!) KRISIS"), "the tab is marked: " + desk.getTitle());
        assertEquals("1", desk.findElement(By.id("live")).getAttribute("data-alarms"), "the alert sounded once");
        browser.screenshot("live-desk-crisis-id-1280");
    }

    @Test
    void aStudentsNewMessageShowsAsUnreadBesideTheirCaseOnTheOpenDesk(PayaraMicro tool, DataSource database, TestPlatform school) {
        ChatParties people = new ChatParties(tool, database, school);
        Http student = people.student("lu-tono", "Tono Belum");
        long conversation = people.request(student);
        Http counselor = people.counselor("lu-bk", "Bu Belum");
        WebDriver desk = opened(tool, counselor, "/counselor/", 1280, 900);

        people.takeUp(counselor); // from another tab: the open desk hears of its new case
        soon(desk, page -> page.findElement(By.id("cases")).getText().contains("Tono Belum"));
        assertEquals(201, people.send(student, conversation, "lu-1", "Bu, aku mau cerita.").statusCode());
        soon(desk, page -> page.findElements(By.cssSelector("#cases .rk-chat-badge")).stream()
                .anyMatch(badge -> badge.getText().equals("1 pesan baru")));
    }

    @Test
    void whatTheCounselorTypesStaysWhileNewsWaits(PayaraMicro tool, DataSource database, TestPlatform school) {
        ChatParties people = new ChatParties(tool, database, school);
        Http counselor = people.counselor("lt-bk", "Pak Ketik");
        people.request(people.student("lt-sari", "Sari Ketik"));
        WebDriver desk = browser.open(1280, 900, "id");
        Browser.openAs(desk, tool, counselor, "/counselor/");
        WebElement reason = Browser.waitFor(desk, By.xpath("//tr[contains(., 'Sari Ketik')]//input[contains(@id, ':reason')]"));
        reason.sendKeys("Sudah ditangani wali kelas");

        people.request(people.student("lt-yoga", "Yoga Ketik"));
        soon(desk, page -> page.findElement(By.id("live-notice")).isDisplayed());
        assertEquals("Sudah ditangani wali kelas", reason.getAttribute("value"), "what the counselor typed is still there");
        assertFalse(desk.findElement(By.id("desk:queue")).getText().contains("Yoga Ketik"), "the queue waits");

        Browser.waitFor(desk, By.id("live-show")).click();
        soon(desk, page -> page.findElement(By.id("desk:queue")).getText().contains("Yoga Ketik"));
    }

    @Test
    void theStudentsHomeFollowsTheirRequestAndTheirCounselor(PayaraMicro tool, DataSource database, TestPlatform school) {
        ChatParties people = new ChatParties(tool, database, school);
        Http student = people.student("lh-wulan", "Wulan Rumah");
        long conversation = people.request(student);
        Http counselor = people.counselor("lh-bk", "Bu Rumah");
        WebDriver phone = opened(tool, student, "/student/", 360, 740);

        people.takeUp(counselor);
        soon(phone, page -> page.findElement(By.id("my-requests")).getText().contains("sedang ditangani"));
        assertEquals(201, people.send(counselor, conversation, "lh-1", "Halo Wulan, aku Bu Rumah.").statusCode());
        soon(phone, page -> page.findElements(By.cssSelector("#my-requests .rk-chat-badge")).stream()
                .anyMatch(badge -> badge.getText().contains("1 pesan baru")));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("live-home-id-360");
    }

    @Test
    void aReferredStudentFindsTheConversationTheCounselorOpened(PayaraMicro tool, DataSource database, TestPlatform school) {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        Http budi = people.student("s-2", "Budi Santoso");
        people.referBudi("lr-guru", "Bu Wali", "Sering menyendiri akhir-akhir ini.", "Duduk sendiri saat istirahat.");
        WebDriver phone = opened(tool, budi, "/student/", 360, 740);

        SchoolPeople.takeFirst(people.counselor("lr-bk", "Bu Rujuk"));
        soon(phone, page -> page.findElements(By.id("invitations")).stream()
                .anyMatch(invited -> invited.getText().contains("Bu Rujuk membuka percakapan untukmu")));
        assertTrue(phone.findElements(By.id("no-requests")).isEmpty(), "no 'you have not asked' beside it");
        Browser.navigate(phone, By.cssSelector("#invitations a"));
        Browser.waitFor(phone, By.id("chat"));
        browser.screenshot("live-home-invited-id-360");
    }

    /** {@code path} in Chromium at this size, as {@code person} whom a launch signed in, once it greets them. */
    private WebDriver opened(PayaraMicro tool, Http person, String path, int width, int height) {
        WebDriver page = browser.open(width, height, "id");
        Browser.openAs(page, tool, person, path);
        Browser.waitFor(page, By.id("greeting"));
        return page;
    }

    /** Waits up to {@link #SOON} for what the page shows by itself; the page is never reloaded. */
    private static void soon(WebDriver page, Function<WebDriver, Boolean> shown) {
        Object before = ((JavascriptExecutor) page).executeScript("return window.performance.timeOrigin;");
        // the page replaces its live parts while the test reads them: a part read on its way out is read again
        new WebDriverWait(page, SOON, Duration.ofMillis(50)).ignoring(StaleElementReferenceException.class).until(shown::apply);
        assertEquals(before, ((JavascriptExecutor) page).executeScript("return window.performance.timeOrigin;"),
                "the page showed it without being loaded again");
    }
}
