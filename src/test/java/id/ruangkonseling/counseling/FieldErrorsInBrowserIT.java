package id.ruangkonseling.counseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A refused form as a screen reader meets it, in Chromium: each field in error is marked invalid, is
 * described by its message, the message sits in a live region (an alert), and on a plain form the focus is
 * on the first field in error, in the desk's queue too. The student's request, the counselor's decline and the
 * availability form.
 */
@ExtendWith(SharedServer.class)
class FieldErrorsInBrowserIT {

    private static final String STUDENT = "Siswa Salah Isi";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void refusedFieldsAreMarkedDescribedAndAnnounced(PayaraMicro tool) {
        WebDriver student = browser.open(1280, 900, "id");
        Browser.demoLaunch(student, tool, "student", STUDENT);
        Browser.navigate(student, By.id("new-request"));
        student.findElement(By.id("request:about")).sendKeys("Saya ingin bercerita.");
        Browser.navigate(student, By.id("request:send"));
        assertAnnounced(student, "request:field", "Pilih tentang apa.");
        assertEquals("request:field", focused(student), "the focus waits at the first field in error");
        assertEquals("Saya ingin bercerita.", student.findElement(By.id("request:about")).getDomProperty("value"), "what was typed stays");
        assertEquals("false", student.findElement(By.id("request:about")).getDomAttribute("aria-invalid"));
        browser.screenshot("field-errors-request-id-1280");

        new Select(student.findElement(By.id("request:field"))).selectByVisibleText("pribadi (perasaan, diri sendiri)");
        student.findElement(By.xpath("//input[@name='request:urgency' and @value='CAN_WAIT']")).click();
        student.findElement(By.xpath("//input[@name='request:mode' and @value='FACE_TO_FACE']")).click();
        student.findElement(By.id("request:acknowledged")).click();
        Browser.navigate(student, By.id("request:send"));

        WebDriver counselor = browser.open(1280, 900, "id");
        Browser.demoLaunch(counselor, tool, "counselor", "Bu Salah Isi");
        Browser.navigate(counselor, By.xpath("//tr[contains(., '" + STUDENT + "')]//input[contains(@id, ':decline')]"));
        String reason = counselor.findElement(By.xpath("//tr[contains(., '" + STUDENT + "')]//input[contains(@id, ':reason')]"))
                .getDomAttribute("id");
        assertAnnounced(counselor, reason, "Bila permohonan tidak dilanjutkan, tuliskan tanggapan yang ramah");
        // the queue's table shows its fields once its widget is set up, a moment after the page loaded
        assertEquals(reason, new WebDriverWait(counselor, Duration.ofSeconds(5))
                .until(page -> reason.equals(focused(page)) ? reason : null), "the focus waits at the reason, inside the queue's table");
        browser.screenshot("field-errors-decline-id-1280");

        counselor.get(tool.uri("/counselor/availability").toString());
        Browser.navigate(counselor, By.id("slot:add"));
        assertAnnounced(counselor, "slot:day", "Pilih harinya.");
        assertEquals("slot:day", focused(counselor));
        browser.screenshot("field-errors-availability-id-1280");
    }

    /** The field is invalid, and what describes it is a message in a live region saying {@code text}. */
    private static void assertAnnounced(WebDriver page, String fieldId, String text) {
        WebElement field = page.findElement(By.id(fieldId));
        assertEquals("true", field.getDomAttribute("aria-invalid"), fieldId + " is marked invalid");
        String describedBy = field.getDomAttribute("aria-describedby");
        WebElement message = page.findElement(By.id(describedBy));
        assertTrue(message.getText().contains(text), fieldId + " is described by its message: " + message.getText());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) page).executeScript(
                "return arguments[0].closest('[role=alert], [role=status], [aria-live]') !== null;", message),
                fieldId + "'s message is in a live region");
    }

    /** The focused element's id, or its tag and class when it has none (which no field in error lacks). */
    private static String focused(WebDriver page) {
        WebElement focused = page.switchTo().activeElement();
        String id = focused.getDomAttribute("id");
        return id != null ? id : focused.getTagName() + "." + focused.getDomAttribute("class");
    }
}
