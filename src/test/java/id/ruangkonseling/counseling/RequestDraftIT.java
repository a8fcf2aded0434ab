package id.ruangkonseling.counseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The request form keeps a draft on the server as the student types: a session that ends (here: a new
 * browser, as after a timeout) loses nothing, and sending the request forgets the draft.
 */
@ExtendWith(SharedServer.class)
class RequestDraftIT {

    private static final String FORM = "/student/request";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aDraftComesBackInTheFormAndIsForgottenOnceSent(PayaraMicro tool, DataSource database, TestPlatform school) {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        Http student = people.student("draft-siswa", "Nia Draf");
        String origin = tool.uri("").toString().replaceAll("/$", "");
        HttpResponse<String> kept = student.putJson("/api/requests/draft",
                "{\"field\":\"learning\",\"about\":\"Saya sulit fokus <b>belajar</b>\",\"urgency\":\"soon\",\"mode\":\"bogus\"}",
                "Origin", origin);
        assertEquals(204, kept.statusCode(), kept.body());

        HttpResponse<String> form = people.student("draft-siswa", "Nia Draf").get(FORM);
        assertTrue(form.body().contains("Tulisanmu yang belum terkirim dikembalikan"), form.body());
        assertTrue(form.body().contains("Saya sulit fokus &lt;b&gt;belajar&lt;/b&gt;"), "the text is back, as text: " + form.body());
        assertTrue(form.body().contains("value=\"LEARNING\" selected"), "the field is back");

        assertEquals(403, people.signIn("draft-guru", "Pak Guru", TestPlatform.INSTRUCTOR)
                .putJson("/api/requests/draft", "{\"about\":\"x\"}", "Origin", origin).statusCode(), "students only");
        assertEquals(403, student.putJson("/api/requests/draft", "{\"about\":\"x\"}", "Origin", "https://evil.example")
                .statusCode(), "another site cannot write a student's draft");
        assertEquals(413, student.putJson("/api/requests/draft", "{\"about\":\"" + "x".repeat(8001) + "\"}", "Origin", origin)
                .statusCode());

        assertEquals(302, FacesForm.submit(student, FORM, student.get(FORM), "request", "request:send", Map.of(
                "request:field", "LEARNING", "request:about", "Saya sulit fokus belajar", "request:urgency", "SOON",
                "request:mode", "CHAT", "request:acknowledged", "on")).statusCode());
        HttpResponse<String> again = student.get(FORM);
        assertFalse(again.body().contains("dikembalikan") || again.body().contains("sulit fokus"), "a sent request leaves no draft");
    }

    @Test
    void whatAStudentTypesSurvivesTheEndOfTheirSession(PayaraMicro tool) {
        WebDriver phone = browser.open(360, 740, "id");
        Browser.demoLaunch(phone, tool, "student", "Rina Lupa");
        Browser.navigate(phone, By.id("new-request"));
        new Select(phone.findElement(By.id("request:field"))).selectByVisibleText("pribadi (perasaan, diri sendiri)");
        phone.findElement(By.id("request:about")).sendKeys("Aku takut pulang ke rumah akhir-akhir ini.");
        new WebDriverWait(phone, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "Draf tersimpan"));
        browser.screenshot("request-draft-saved-id-360");

        WebDriver later = browser.open(360, 740, "id");
        Browser.demoLaunch(later, tool, "student", "Rina Lupa");
        Browser.navigate(later, By.id("new-request"));
        assertEquals("Aku takut pulang ke rumah akhir-akhir ini.", later.findElement(By.id("request:about")).getAttribute("value"));
        assertTrue(later.findElement(By.id("draft-restored")).isDisplayed());
        browser.assertNoHorizontalScrolling();
    }

}
