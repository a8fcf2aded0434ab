package id.ruangkonseling.referral;

import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A teacher refers a student in a real Chromium, on a phone and on a laptop, from a launch to "my referrals". */
@ExtendWith(SharedServer.class)
class ReferralInBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private TestPlatform platform;

    @BeforeEach
    void registeredPlatform(PayaraMicro tool, TestPlatform platform) {
        this.platform = platform.servingBrowsers(tool);
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void aTeacherFixesAMissingReasonAndSendsTheReferral(int width) {
        WebDriver page = browser.open(width, 900, "id");
        page.get(platform.coursePage("guru-layar-" + width, INSTRUCTOR, "window"));
        page.get(page.findElement(By.id("tool")).getDomAttribute("href")); // the LMS's link, in this window
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("rk-refer"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refer:student")));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("referral-form-id-" + width);
        new Select(page.findElement(By.id("refer:student"))).selectByVisibleText("Citra Lestari");
        new Select(page.findElement(By.id("refer:field"))).selectByVisibleText("belajar");
        page.findElement(By.id("refer:observations")).sendKeys("10 Maret: tidak mengumpulkan tugas ketiga kalinya");
        new Select(page.findElement(By.id("refer:urgency"))).selectByVisibleText("bisa menunggu");
        new Select(page.findElement(By.id("refer:student-knows"))).selectByVisibleText("tidak yakin");
        page.findElement(By.id("refer:send")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refer:reason-error")));
        assertEquals("true", page.findElement(By.id("refer:reason")).getDomAttribute("aria-invalid"));
        assertTrue(page.findElement(By.id("refer:observations")).getDomProperty("value").contains("ketiga kalinya"));
        browser.screenshot("referral-form-refused-id-" + width);
        page.findElement(By.id("refer:reason")).sendKeys("Nilai turun tajam bulan ini");
        page.findElement(By.id("refer:send")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referrals")));
        String mine = page.findElement(By.id("referrals")).getText();
        assertTrue(mine.contains("Citra Lestari") && mine.contains("diterima"), mine);
        assertFalse(mine.contains("ketiga kalinya"), "the list shows the status, not the texts");
        browser.assertNoHorizontalScrolling();
        browser.screenshot("referral-mine-id-" + width);
    }

}
