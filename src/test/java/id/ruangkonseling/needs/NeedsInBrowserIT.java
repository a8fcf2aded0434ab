package id.ruangkonseling.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.AxeReport;
import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.Landing;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.PhoneLayout;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The questionnaire in a real browser: on a 360 px phone, answered with the keyboard alone and saved as the
 * student goes, in both languages, with no accessibility violation; the counselor's profile too.
 */
@ExtendWith(SharedServer.class)
class NeedsInBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aStudentAnswersWithTheKeyboardOnAPhoneAndItIsSaved(PayaraMicro tool, DataSource database, TestPlatform school) {
        AxeReport axe = AxeReport.appendingTo("needs");
        Http student = new Http(tool);
        String path = Landing.path(school.launch(student, tool, "nb-gita", List.of(TestPlatform.LEARNER), claims ->
                school.fromCourse("ipa-9", "IPA IX").apply(claims).claim("name", "Gita")
                        .claim("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("rk_place", "needs"))).answer());
        WebDriver page = browser.open(360, 740, "id");
        Browser.openAs(page, tool, student, path);
        Browser.waitFor(page, By.id("needs"));
        axe.check(page, "student/needs id 360");
        browser.assertNoHorizontalScrolling();
        assertEquals(List.of(), PhoneLayout.smallTargets(page, "student/needs"));
        browser.screenshot("needs-student-id-360");

        for (int i = 0; i < 60 && !isFirstYes(page); i++) {
            new Actions(page).sendKeys(Keys.TAB).perform();
        }
        assertTrue(isFirstYes(page), "the first statement is reached with Tab");
        new Actions(page).sendKeys(Keys.SPACE).sendKeys(Keys.TAB).sendKeys(Keys.SPACE).perform();
        new WebDriverWait(page, Duration.ofSeconds(20)).until(driver -> driver.findElement(By.id("needs-status")).getText().startsWith("Tersimpan."));

        page.navigate().refresh();
        Browser.waitFor(page, By.id("needs"));
        List<Boolean> first = List.of(page.findElements(By.name("yes")).getFirst().isSelected(),
                page.findElements(By.name("talk")).getFirst().isSelected());
        assertEquals(List.of(true, true), first, "kept on the server: yes, and would like to talk");

        page.findElement(By.id("send")).sendKeys(Keys.ENTER);
        new WebDriverWait(page, Duration.ofSeconds(20)).until(driver -> driver.findElement(By.id("needs-status")).getText()
                .startsWith("Terima kasih"));
        page.navigate().refresh();
        Browser.waitFor(page, By.id("needs"));
        assertTrue(page.findElement(By.id("needs-status")).getText().startsWith("Terima kasih"), "the page says it was sent");

        WebDriver wide = browser.open(1280, 900, "en");
        Http tom = new Http(tool);
        String english = Landing.path(school.launch(tom, tool, "nb-tom", List.of(TestPlatform.LEARNER), claims ->
                school.fromCourse("ipa-9", "IPA IX").apply(claims).claim("name", "Tom")
                        .claim("https://purl.imsglobal.org/spec/lti/claim/launch_presentation", Map.of("locale", "en"))
                        .claim("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("rk_place", "needs"))).answer());
        Browser.openAs(wide, tool, tom, english);
        Browser.waitFor(wide, By.id("needs"));
        assertTrue(wide.findElement(By.id("confidentiality-title")).getText().contains("Who reads your answers"));
        axe.check(wide, "student/needs en 1280");
        browser.screenshot("needs-student-en-1280");

        Http counselor = new SchoolPeople(tool, database, school).counselor("nb-bk", "Bu Ratna");
        String course = path.replaceFirst(".*course=", "");
        for (String language : List.of("id", "en")) {
            WebDriver desk = browser.open(language.equals("id") ? 360 : 1280, 900, language);
            Browser.openAs(desk, tool, counselor, "/counselor/needs?course=" + course);
            Browser.waitFor(desk, By.id("fields"));
            axe.check(desk, "counselor/needs " + language);
            browser.screenshot("needs-counselor-" + language);
            Browser.openAs(desk, tool, counselor, "/counselor/needs-questionnaire");
            desk.findElement(By.cssSelector("a[id^='edit-']")).sendKeys(Keys.ENTER);
            Browser.waitFor(desk, By.cssSelector("form[id$=':reword']"));
            axe.check(desk, "counselor/needs-questionnaire edit " + language);
            browser.screenshot("needs-questionnaire-edit-" + language);
        }
        assertEquals(List.of(), axe.blocking());
    }

    private static boolean isFirstYes(WebDriver page) {
        Object id = ((JavascriptExecutor) page).executeScript("return document.activeElement && document.activeElement.id;");
        return id != null && id.equals(page.findElements(By.name("yes")).getFirst().getAttribute("id"));
    }
}
