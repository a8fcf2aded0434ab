package id.ruangkonseling.lti;

import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A student opens the tool from a course page of the LMS in a real browser: in a new window it lands
 * at home at once; in the course page's iframe, where this browser keeps no cookie of the tool (a
 * cross-site frame over plain HTTP, as Safari does everywhere), it offers a new window that signs the
 * student in with the launch's ticket.
 */
@ExtendWith(SharedServer.class)
class LaunchInBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private PayaraMicro tool;
    private TestPlatform platform;

    @BeforeEach
    void registeredPlatform(PayaraMicro tool, TestPlatform platform) {
        this.tool = tool;
        this.platform = platform.servingBrowsers(tool);
    }

    @Test
    void inANewWindowTheStudentLandsAtHomeAndTheTicketLeavesTheAddressBar() {
        WebDriver page = browser.open(1280, 800, "id");
        page.get(platform.coursePage("siswa-window", LEARNER, "window"));
        page.findElement(By.id("tool")).click();
        switchToTheOtherWindow(page);

        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        assertEquals("Halo, Siti Rahma!", page.findElement(By.id("greeting")).getText());
        assertEquals(tool.uri("/student/").toString(), page.getCurrentUrl());
        browser.screenshot("launch-new-window-id-1280");
    }

    @Test
    void inAnIframeWithoutCookiesTheStudentIsOfferedANewWindowThatSignsThemIn() {
        WebDriver page = browser.open(1280, 800, "id");
        page.get(platform.coursePage("siswa-iframe", LEARNER, "iframe"));
        page.switchTo().frame("tool");

        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-window-link")));
        assertFalse(page.getCurrentUrl().contains("rk-ticket"), "the ticket leaves the frame's address at once");
        browser.screenshot("launch-iframe-without-cookies-id-1280");
        page.findElement(By.id("new-window-link")).click();
        switchToTheOtherWindow(page);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        assertEquals("Halo, Siti Rahma!", page.findElement(By.id("greeting")).getText());
        assertEquals(tool.uri("/student/").toString(), page.getCurrentUrl());
    }

    private static void switchToTheOtherWindow(WebDriver page) {
        String current = page.getWindowHandle();
        new WebDriverWait(page, Duration.ofSeconds(10)).until(driver -> driver.getWindowHandles().size() > 1);
        Set<String> handles = page.getWindowHandles();
        page.switchTo().window(handles.stream().filter(handle -> !handle.equals(current)).findFirst().orElseThrow());
    }
}
