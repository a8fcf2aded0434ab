package id.ruangkonseling.counseling;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real Chromium, from demo launches: a counselor at a laptop publishes a weekly time, a student on a
 * phone books it, moves it and cancels it with a reason, and the counselor reads why — with screenshots
 * of both pages at 360 and 1280 px.
 */
@ExtendWith(SharedServer.class)
class AppointmentsInBrowserIT {

    private static final String COUNSELOR = "/dev/launch?as=counselor&user=Bu%20Jadwal";
    private static final String STUDENT = "/dev/launch?as=student&user=Wayan%20Janji";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aCounselorPublishesATimeAndAStudentOnAPhoneBooksMovesAndCancelsIt(PayaraMicro tool) {
        LocalDateTime soon = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).plusHours(2).truncatedTo(ChronoUnit.HOURS);
        WebDriver laptop = openAt(browser.open(1280, 900, "id"), tool, COUNSELOR);
        Browser.navigate(laptop, By.id("appointments-link"));
        scrollTo(laptop, By.id("slot"));
        browser.screenshot("appointments-availability-form-id-1280");
        new Select(laptop.findElement(By.id("slot:day"))).selectByValue(soon.getDayOfWeek().name());
        ((JavascriptExecutor) laptop).executeScript("arguments[0].value = arguments[1];",
                laptop.findElement(By.id("slot:start")), String.format("%02d:00", soon.getHour()));
        new Select(laptop.findElement(By.id("slot:length"))).selectByValue("45");
        laptop.findElement(By.xpath("//input[@name='slot:modes' and @value='VIDEO']")).click();
        laptop.findElement(By.xpath("//input[@name='slot:modes' and @value='FACE_TO_FACE']")).click();
        Browser.navigate(laptop, By.id("slot:add"));
        assertTrue(laptop.findElement(By.id("messages")).getText().contains("Waktu baru ditambahkan"));
        Browser.waitFor(laptop, By.cssSelector("#week .rk-slot-free"));
        browser.screenshot("appointments-availability-id-1280");

        WebDriver phone = openAt(browser.open(360, 740, "id"), tool, STUDENT);
        Browser.navigate(phone, By.id("appointments-link"));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("appointments-student-id-360");
        WebElement firstTime = phone.findElement(By.xpath("//li[contains(@class, 'rk-time') and contains(., 'Bu Jadwal')]"));
        new Select(firstTime.findElement(By.tagName("select"))).selectByVisibleText("tatap muka di sekolah");
        Browser.navigate(phone, By.xpath("//li[contains(@class, 'rk-time') and contains(., 'Bu Jadwal')]//input[@value='Buat janji']"));
        assertTrue(phone.findElement(By.id("messages")).getText().contains("Janji temu dibuat"));
        assertTrue(phone.findElement(By.id("my-appointments")).getText().contains("tatap muka di sekolah"));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("appointments-student-booked-id-360");

        phone.findElement(By.id("mine:0:change:reason")).sendKeys("Ada latihan paduan suara.");
        new Select(phone.findElement(By.name("target"))).selectByIndex(1);
        Browser.navigate(phone, By.id("mine:0:change:reschedule"));
        assertTrue(phone.findElement(By.id("messages")).getText().contains("Janji temu dipindah"));
        assertTrue(phone.findElement(By.id("my-appointments")).getText().contains("sudah dipindah"));
        browser.screenshot("appointments-student-moved-id-360");

        phone.findElement(By.id("mine:0:change:reason")).sendKeys("Sudah bicara dengan wali kelas.");
        Browser.navigate(phone, By.id("mine:0:change:cancel"));
        assertTrue(phone.findElement(By.id("messages")).getText().contains("Janji temu dibatalkan"));
        assertFalse(phone.findElements(By.id("mine:0:change:cancel")).iterator().hasNext(), "nothing left to cancel");
        browser.screenshot("appointments-student-cancelled-id-360");

        WebDriver counselorPhone = openAt(browser.open(360, 740, "id"), tool, COUNSELOR);
        Browser.navigate(counselorPhone, By.id("appointments-link"));
        assertTrue(counselorPhone.findElement(By.id("my-appointments")).getText()
                .contains("Dibatalkan oleh siswa: Sudah bicara dengan wali kelas."));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("appointments-availability-id-360");
        scrollTo(counselorPhone, By.id("my-appointments"));
        browser.screenshot("appointments-availability-cancelled-id-360");

        WebDriver studentLaptop = openAt(browser.open(1280, 900, "id"), tool, STUDENT);
        Browser.navigate(studentLaptop, By.id("appointments-link"));
        assertTrue(studentLaptop.findElement(By.id("my-appointments")).getText().contains("dibatalkan"));
        browser.screenshot("appointments-student-id-1280");
    }

    private static WebDriver openAt(WebDriver page, PayaraMicro tool, String launch) {
        page.get(tool.uri(launch).toString());
        Browser.waitFor(page, By.id("greeting"));
        return page;
    }

    private static void scrollTo(WebDriver page, By element) {
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView();", page.findElement(element));
    }

}
