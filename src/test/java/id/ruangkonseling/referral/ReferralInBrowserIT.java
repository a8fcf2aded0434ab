package id.ruangkonseling.referral;

import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
        Browser.navigate(page, By.className("rk-refer"));
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
        assertTrue(mine.contains("Citra Lestari") && mine.contains("terkirim, menunggu guru BK"), mine);
        assertFalse(mine.contains("ketiga kalinya"), "the list shows the status, not the texts");
        browser.assertNoHorizontalScrolling();
        browser.screenshot("referral-mine-id-" + width);
    }

    @Test
    void aCounselorTakesTheReferralUpAndTheTeacherSeesOnlyThatItWasAccepted(PayaraMicro tool, DataSource database) {
        WebDriver teacher = browser.open(360, 900, "id");
        teacher.get(platform.coursePage("guru-rujuk-layar", INSTRUCTOR, "window"));
        teacher.get(teacher.findElement(By.id("tool")).getDomAttribute("href"));
        WebDriverWait wait = new WebDriverWait(teacher, Duration.ofSeconds(20));
        Browser.navigate(teacher, By.className("rk-refer"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refer:student")));
        new Select(teacher.findElement(By.id("refer:student"))).selectByVisibleText("Ani Wijaya");
        new Select(teacher.findElement(By.id("refer:field"))).selectByVisibleText("pribadi");
        teacher.findElement(By.id("refer:reason")).sendKeys("Sering menangis di kelas");
        teacher.findElement(By.id("refer:observations")).sendKeys("12 dan 14 Maret: menangis saat pelajaran");
        new Select(teacher.findElement(By.id("refer:urgency"))).selectByVisibleText("segera");
        new Select(teacher.findElement(By.id("refer:student-knows"))).selectByVisibleText("tidak");
        Browser.navigate(teacher, By.id("refer:send"));

        new SchoolPeople(tool, database, platform).counselor("bk-rujuk-layar", "Bu Layar");
        WebDriver counselor = browser.open(1280, 900, "id");
        counselor.get(platform.coursePage("bk-rujuk-layar", INSTRUCTOR, "window"));
        counselor.get(counselor.findElement(By.id("tool")).getDomAttribute("href"));
        new WebDriverWait(counselor, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-title")));
        assertFalse(counselor.findElement(By.id("desk:queue")).getText().contains("menangis saat pelajaran"), "the desk lists no texts");
        Browser.navigate(counselor, By.xpath("//tr[contains(., 'Ani Wijaya')]//input[@value='Tangani']"));
        Browser.navigate(counselor, By.xpath("//table[@id='cases:open']//a[contains(., 'Ani Wijaya')]"));
        assertTrue(counselor.findElement(By.id("timeline")).getText().contains("menangis saat pelajaran"),
                "the counselor reads the teacher's observations on the case page");
        browser.screenshot("referral-case-id-1280");

        teacher.navigate().refresh();
        String mine = new WebDriverWait(teacher, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("referrals"))).getText();
        assertTrue(mine.contains("Ani Wijaya") && mine.contains("ditangani guru BK"), mine);
        assertFalse(mine.contains("Bu Layar") || mine.contains("menangis"), "the teacher sees the status only");
        browser.screenshot("referral-accepted-id-360");
    }
}
