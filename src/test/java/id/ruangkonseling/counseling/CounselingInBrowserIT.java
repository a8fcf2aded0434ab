package id.ruangkonseling.counseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.PhoneLayout;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real Chromium, from demo launches: a student on a phone asks for counseling, and a counselor at
 * a laptop takes the request up from the desk, writes a note on the case page and closes the case with
 * an outcome — with screenshots of each page at 360 and 1280 px. On a phone the desk fits the screen and
 * sorts in the counselor's language.
 */
@ExtendWith(SharedServer.class)
class CounselingInBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aStudentOnAPhoneAsksAndACounselorTakesItUp(PayaraMicro tool) {
        WebDriver phone = browser.open(360, 740, "id");
        Browser.demoLaunch(phone, tool, "student", "Tari Ponsel");
        assertEquals("Ruang Konseling", phone.getTitle(), "the home tab names the service once");
        Browser.navigate(phone, By.id("new-request"));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("counseling-request-id-360");

        new Select(phone.findElement(By.id("request:field"))).selectByVisibleText("sosial (teman, keluarga)");
        phone.findElement(By.id("request:about")).sendKeys("Teman sekelas terus mengejek saya di grup kelas.");
        phone.findElement(By.xpath("//input[@name='request:urgency' and @value='SOON']")).click();
        phone.findElement(By.xpath("//input[@name='request:mode' and @value='CHAT']")).click();
        phone.findElement(By.id("request:acknowledged")).click();
        Browser.navigate(phone, By.id("request:send"));
        assertTrue(phone.findElement(By.id("my-requests")).getText().contains("menunggu guru BK"));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("counseling-mine-id-360");

        WebDriver laptop = browser.open(1280, 900, "id");
        Browser.demoLaunch(laptop, tool, "counselor", "Bu Desk");
        browser.screenshot("counseling-desk-id-1280");
        WebElement reason = laptop.findElement(By.xpath("//tr[contains(., 'Tari Ponsel')]//input[contains(@id, ':reason')]"));
        assertTrue(rightEdge(laptop, reason) <= rightEdge(laptop, laptop.findElement(By.id("desk:queue"))),
                "the decline reason stays inside the queue");
        Browser.navigate(laptop, By.xpath("//tr[contains(., 'Tari Ponsel')]//input[@value='Tangani']"));
        assertTrue(laptop.findElement(By.id("messages")).getText().contains("Tari Ponsel"));
        assertTrue(laptop.findElement(By.id("cases")).getText().contains("Tari Ponsel"), "it is the counselor's case now");
        browser.screenshot("counseling-desk-case-id-1280");

        Browser.navigate(laptop, By.xpath("//table[@id='cases:open']//a[contains(., 'Tari Ponsel')]"));
        browser.screenshot("counseling-case-id-1280");
        new Select(laptop.findElement(By.id("note:mode"))).selectByVisibleText("percakapan langsung (chat)");
        laptop.findElement(By.id("note:summary")).sendKeys("Diejek di grup kelas; sepakat menyimpan bukti dan bicara dengan wali kelas.");
        laptop.findElement(By.id("note:plan")).sendKeys("Bertemu lagi minggu depan.");
        Browser.navigate(laptop, By.id("note:write"));
        assertTrue(laptop.findElement(By.id("timeline")).getText().contains("sepakat menyimpan bukti"), "the note is in the timeline");
        laptop.findElement(By.id("steps:outcome")).sendKeys("Ejekan berhenti; Tari merasa aman lagi.");
        Browser.navigate(laptop, By.id("steps:close"));
        assertTrue(laptop.findElement(By.id("status")).getText().contains("selesai"));
        assertTrue(laptop.findElement(By.id("outcome")).getText().contains("Tari merasa aman lagi"));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("counseling-case-closed-id-1280");
    }

    @Test
    void onAPhoneTheDeskShowsMyCasesWholeAndSortsInIndonesian(PayaraMicro tool, DataSource database, TestPlatform school) {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        Http counselor = people.counselor("ponsel-bk", "Bu Meja Ponsel");
        SchoolPeople.ask(people.student("ponsel-satu", "Satria Wiratama Nugraha"), "SOCIAL", "SOON",
                "Aku bertengkar dengan sahabatku dan tidak tahu harus bagaimana.");
        SchoolPeople.takeFirst(counselor);
        SchoolPeople.ask(people.student("ponsel-dua", "Dewi Anggraini Kusuma"), "LEARNING", "CAN_WAIT",
                "Aku ingin tahu cara belajar yang cocok untukku.");

        WebDriver phone = browser.open(360, 740, "id");
        Browser.openAs(phone, tool, counselor, "/counselor/");
        WebElement myCases = Browser.waitFor(phone, By.id("cases:open"));
        assertTrue(fitsItsBox(phone, myCases), "my cases show whole, without scrolling inside");
        assertFalse(PhoneLayout.scrollsSideways(phone), "the desk scrolls sideways");
        WebElement sort = phone.findElement(By.cssSelector("#desk\\:queue select.ui-reflow-dropdown"));
        List<String> choices = sort.findElements(By.tagName("option")).stream().map(o -> o.getDomProperty("textContent")).toList();
        assertFalse(choices.isEmpty(), "the queue can be sorted on a phone");
        assertTrue(choices.stream().noneMatch(choice -> choice.contains("Ascending") || choice.contains("Descending")), choices.toString());
        String label = phone.findElement(By.cssSelector("label[for='" + sort.getDomAttribute("id") + "']")).getDomProperty("textContent");
        assertEquals("Urutkan", label.strip());
        browser.screenshot("counseling-desk-id-360");
    }

    private static boolean fitsItsBox(WebDriver page, WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) page).executeScript(
                "return arguments[0].scrollWidth <= arguments[0].clientWidth;", element));
    }

    private static double rightEdge(WebDriver page, WebElement element) {
        return ((Number) ((JavascriptExecutor) page).executeScript("return arguments[0].getBoundingClientRect().right;", element))
                .doubleValue();
    }
}
