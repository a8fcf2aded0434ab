package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** The landing page in a real Chromium, in both languages, on a phone and on a laptop. */
@ExtendWith(SharedServer.class)
class LandingPageBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void indonesianVisitorReadsTheLandingPageAndSwitchesToEnglishOnAPhone(PayaraMicro server) {
        WebDriver page = browser.open(360, 800, "id");
        page.get(server.uri("/").toString());

        assertEquals("id", page.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Ruang Konseling", page.findElement(By.tagName("h1")).getText());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) page).executeScript(
                "const mark = document.querySelector('.rk-brand img'); return !!mark && mark.complete && mark.naturalWidth > 0;"),
                "the header shows the mark beside the name");
        assertTrue(page.findElement(By.id("main")).getText().contains("Cara masuk"));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("landing-id-360");

        page.findElement(By.id("language-switch")).click();

        assertEquals("en", page.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertTrue(page.findElement(By.id("main")).getText().contains("How to get in"));
        assertEquals("Bahasa Indonesia", page.findElement(By.id("language-switch")).getText());
        browser.screenshot("landing-en-360");
    }

    @Test
    void englishVisitorReadsTheLandingPageInEnglishOnALaptop(PayaraMicro server) {
        WebDriver page = browser.open(1280, 800, "en-US");
        page.get(server.uri("/").toString());

        assertEquals("en", page.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertTrue(page.findElement(By.id("main")).getText().contains("your school's online counseling service"));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("landing-en-1280");
    }

    @Test
    void theDemoPageFitsAPhone(PayaraMicro server) {
        WebDriver page = browser.open(360, 740, "id");
        page.get(server.uri("/dev/").toString());

        assertTrue(page.findElement(By.id("as-student")).isDisplayed());
        browser.assertNoHorizontalScrolling();
        browser.screenshot("demo-id-360");
    }
}
