package id.ruangkonseling.counseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A student who uses only a keyboard asks for counseling and writes in its conversation: Tab, arrow keys,
 * Space and Enter, never a click, and sees where the focus is at every step (an outline or a shadow on
 * the focused control). The chat panel lets the focus go again both ways, and the counselor gets the message.
 */
@ExtendWith(SharedServer.class)
class KeyboardOnlyIT {

    /** Enough Tab presses to cross any page of the service once; more means the focus is stuck. */
    private static final int MOST_TABS = 40;
    private static final String CHAT_MESSAGE = "Bu, saya takut datang ke kerja kelompok besok.";

    @RegisterExtension
    final Browser browser = new Browser();

    private WebDriver page;
    private final List<String> unseenFocus = new ArrayList<>();

    @Test
    void aStudentAsksForCounselingWithTheKeyboardAlone(PayaraMicro tool) {
        page = browser.open(1280, 900, "id");
        page.get(tool.uri("/dev/launch?as=student&user=Rama%20Papan%20Ketik").toString());
        new WebDriverWait(page, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));

        tabTo(By.id("new-request"));
        pressAndWaitForNextPage(Keys.ENTER);
        assertEquals(tool.uri("/student/request").getPath(), java.net.URI.create(page.getCurrentUrl()).getPath());

        tabTo(By.id("request:field"));
        keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN); // the closed list moves to its second field: sosial
        tabTo(By.id("request:about"));
        keys("Saya dijauhi teman satu kelompok sejak minggu lalu.");
        tabTo(By.id("request:urgency:0"));
        keys(Keys.ARROW_DOWN); // arrows move and choose within the group: segera
        tabTo(By.id("request:mode:0"));
        keys(Keys.SPACE); // chat
        tabTo(By.id("request:availability"));
        keys("Istirahat kedua");
        tabTo(By.id("request:acknowledged"));
        keys(Keys.SPACE);
        browser.screenshot("keyboard-request-filled-id-1280");
        assertEquals("SOCIAL", value("request:field"));
        assertTrue(page.findElement(By.id("request:urgency:1")).isSelected(), "the arrow key chose 'segera'");
        assertTrue(page.findElement(By.id("request:mode:0")).isSelected() && page.findElement(By.id("request:acknowledged")).isSelected());

        tabTo(By.id("request:send"));
        browser.screenshot("keyboard-request-send-focused-id-1280");
        pressAndWaitForNextPage(Keys.ENTER);

        String mine = page.findElement(By.id("my-requests")).getText();
        assertTrue(mine.contains("sosial") && mine.contains("menunggu guru BK"), mine);
        browser.screenshot("keyboard-request-sent-id-1280");

        tabTo(By.cssSelector("#my-requests a.rk-chat-link"));
        pressAndWaitForNextPage(Keys.ENTER);
        Browser.waitFor(page, By.id("chat-body"));
        tabTo(By.id("chat-body"));
        keys(CHAT_MESSAGE);
        tabTo(By.id("chat-send"));
        browser.screenshot("keyboard-chat-send-focused-id-1280");
        keys(Keys.ENTER);
        Browser.waitFor(page, By.xpath("//ol[@id='chat-messages']/li[contains(., 'kerja kelompok')][@data-state='sent']"));
        browser.screenshot("keyboard-chat-sent-id-1280");
        assertTrue(page.findElement(By.id("chat-body")).getDomProperty("value").isEmpty(), "the box is empty for the next message");

        keys(Keys.TAB);
        assertFalse(focusIsInTheChat(), "Tab leaves the chat panel after its last control");
        tabTo(By.id("chat-body"));
        new Actions(page).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertFalse(focusIsInTheChat(), "Shift+Tab leaves the chat panel before its first control");
        assertEquals(List.of(), unseenFocus, "controls whose focus cannot be seen");

        WebDriver counselor = browser.open(1280, 900, "id");
        Browser.demoLaunch(counselor, tool, "counselor", "Bu Papan Ketik");
        Browser.navigate(counselor, By.xpath("//tr[contains(., 'Rama Papan Ketik')]//input[@value='Tangani']"));
        Browser.navigate(counselor, By.xpath("//form[@id='cases']//tr[contains(., 'Rama Papan Ketik')]//a[contains(@class, 'rk-chat-link')]"));
        assertTrue(Browser.waitFor(counselor, By.xpath("//ol[@id='chat-messages']/li[contains(., 'kerja kelompok')]"))
                .getText().contains(CHAT_MESSAGE), "the counselor reads what the student typed");
    }

    private boolean focusIsInTheChat() {
        return Boolean.TRUE.equals(((JavascriptExecutor) page)
                .executeScript("return document.getElementById('chat').contains(document.activeElement);"));
    }

    /** Presses Tab until {@code target} has the focus, noting every stop whose focus is invisible. */
    private void tabTo(By target) {
        WebElement wanted = page.findElement(target);
        for (int presses = 0; presses < MOST_TABS; presses++) {
            keys(Keys.TAB);
            WebElement focused = page.switchTo().activeElement();
            if (!focusIsVisible()) {
                unseenFocus.add(describe(focused));
            }
            if (focused.equals(wanted)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + target + " in " + MOST_TABS + " presses");
    }

    private boolean focusIsVisible() {
        return Boolean.TRUE.equals(((JavascriptExecutor) page).executeScript("""
                const style = getComputedStyle(document.activeElement);
                const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
                return outline || (style.boxShadow && style.boxShadow !== 'none');"""));
    }

    private void keys(CharSequence... keys) {
        new Actions(page).sendKeys(keys).perform();
    }

    /** Presses a key on the focused control and waits until the browser has loaded the page it leads to. */
    private void pressAndWaitForNextPage(Keys key) {
        WebElement leaving = page.findElement(By.tagName("html"));
        keys(key);
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.stalenessOf(leaving));
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private String value(String id) {
        return page.findElement(By.id(id)).getDomProperty("value");
    }

    private static String describe(WebElement element) {
        return element.getTagName() + "#" + element.getDomAttribute("id") + " (" + element.getText() + ")";
    }
}
