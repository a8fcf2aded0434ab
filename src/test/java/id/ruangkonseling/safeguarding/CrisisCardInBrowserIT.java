package id.ruangkonseling.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chromium on a phone: a student writes crisis words in the chat; the message is sent like any other and
 * the panel shows the calm help card with the help contacts, as text, their numbers ready to call or to
 * message on WhatsApp. A counselor takes a waiting crisis request up straight from the desk's banner.
 */
@ExtendWith(SharedServer.class)
class CrisisCardInBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aStudentWhoWritesCrisisWordsInTheChatSeesTheHelpCard(PayaraMicro tool) {
        WebDriver phone = browser.open(360, 740, "id");
        Browser.demoLaunch(phone, tool, "student", "Kartu Bantuan");
        Browser.navigate(phone, By.id("new-request"));
        new Select(phone.findElement(By.id("request:field"))).selectByVisibleText("belajar (pelajaran, nilai, cara belajar)");
        phone.findElement(By.id("request:about")).sendKeys("Aku bingung membagi waktu belajar.");
        phone.findElement(By.xpath("//input[@name='request:urgency' and @value='SOON']")).click();
        phone.findElement(By.xpath("//input[@name='request:mode' and @value='CHAT']")).click();
        phone.findElement(By.id("request:acknowledged")).click();
        Browser.navigate(phone, By.id("request:send"));
        assertTrue(phone.findElements(By.id("help-card")).isEmpty(), "everyday words show no card");
        Browser.navigate(phone, By.xpath("//ul[@id='my-requests']/li[1]//a[contains(@class, 'rk-chat-link')]"));
        Browser.waitFor(phone, By.id("chat-body")).sendKeys("Sebenarnya aku pengen mati aja <b>Bu</b>");
        phone.findElement(By.id("chat-send")).click();

        WebElement card = Browser.waitFor(phone, By.xpath("//section[@id='chat-help' and not(@hidden)]"));
        assertTrue(card.getText().contains("Kamu tidak sendirian") && card.getText().contains("112"), card.getText());
        assertEquals("112", card.findElement(By.cssSelector("a[href='tel:112']")).getText());
        assertEquals("08111-129-129", card.findElement(By.cssSelector("a[href='https://wa.me/628111129129']")).getText());
        Browser.waitFor(phone, By.xpath("//ol[@id='chat-messages']/li[contains(., '<b>Bu</b>')][@data-state='sent']"));
        browser.assertNoHorizontalScrolling();
        browser.screenshot("crisis-help-card-id-360");
    }

    @Test
    void aCounselorTakesUpAWaitingCrisisRequestStraightFromTheBanner(PayaraMicro tool, DataSource database,
                                                                     TestPlatform school) {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        Http counselor = people.counselor("spanduk-bk", "Bu Spanduk");
        Http student = people.student("spanduk-siswa", "Rara Spanduk");
        SchoolPeople.ask(student, "PERSONAL", "CAN_WAIT", "Aku pengen mati aja, udah gak mau hidup lagi.");

        WebDriver laptop = browser.open(1280, 900, "id");
        Browser.openAs(laptop, tool, counselor, "/counselor/");
        Browser.navigate(laptop, By.xpath("//section[@id='crisis-banner']//li[contains(., 'Rara Spanduk')]//*[self::a or self::input]"));
        assertTrue(laptop.findElement(By.id("cases")).getText().contains("Rara Spanduk"), "the request is the counselor's case now");
        browser.screenshot("crisis-banner-taken-up-id-1280");

        String home = student.get("/student/").body();
        assertTrue(home.contains("href=\"tel:112\"") && home.contains("href=\"https://wa.me/628111129129\""),
                "the help card's numbers can be called: " + home);
    }
}
