package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.PayaraMicro;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On a server whose sessions end after one idle minute ({@code RK_SESSION_IDLE_MINUTES=1}), a student's
 * page warns before the end, "stay signed in" keeps the session, and once the time is up without it the
 * page says the session has ended — and it has. On a phone, in Indonesian.
 */
class SessionTimeoutInBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void thePageWarnsBeforeTheIdleSessionEndsAndStaySignedInKeepsIt() {
        try (PayaraMicro server = PayaraMicro.start("it-session-timeout", Map.of("RK_DEMO", "true", "RK_SESSION_IDLE_MINUTES", "1"))) {
            WebDriver page = browser.open(360, 740, "id");
            page.get(server.uri("/dev/").toString());
            page.findElement(By.id("demo-user")).clear();
            page.findElement(By.id("demo-user")).sendKeys("Wulan");
            page.findElement(By.id("as-student")).click();
            WebDriverWait minute = new WebDriverWait(page, Duration.ofSeconds(75));
            minute.until(ExpectedConditions.urlToBe(server.uri("/student/").toString()));

            // one idle minute: the warning comes a quarter of it (15 s) before the end
            minute.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-stay")));
            assertTrue(page.findElement(By.id("session-warning-text")).getText().contains("sebentar lagi"));
            browser.assertNoHorizontalScrolling();
            browser.screenshot("session-warning-id-360");
            page.findElement(By.id("session-stay")).click();
            minute.until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-warning")));

            minute.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-warning")));
            minute.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-ended-text")));
            browser.screenshot("session-ended-id-360");
            // the page's own polls (the call poll and the news poll of the home page) kept nothing alive: the API says signed out too
            Object status = ((JavascriptExecutor) page).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " fetch('/api/conversations', {credentials: 'same-origin'}).then(r => done(r.status), e => done(String(e)));");
            assertEquals(401L, status, "every request of the session answers as signed out");
            page.navigate().refresh();
            assertEquals("Buka dari LMS sekolahmu", page.findElement(By.tagName("h1")).getText(), "the session really ended");
        }
    }
}
