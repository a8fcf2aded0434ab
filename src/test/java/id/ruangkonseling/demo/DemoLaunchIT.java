package id.ruangkonseling.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built-in demo platform ({@code RK_DEMO=true}) launches demo people through the real LTI login and
 * launch: scripted with plain HTTP (redirects and one auto-posting form), and clicked in a browser.
 */
@ExtendWith(SharedServer.class)
class DemoLaunchIT {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(id_token|state)\" value=\"([^\"]+)\"");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aScriptedDemoLaunchAsCounselorLandsOnTheCounselorsDesk(PayaraMicro tool) {
        Http client = new Http(tool);
        long warnedBefore = charsetWarnings(tool);

        HttpResponse<String> home = scriptedLaunch(client, tool, "/dev/launch?as=counselor&user=Bu%20Rina");

        assertTrue(home.body().contains("Dasbor guru BK"), home.body());
        assertTrue(home.body().contains("Halo, Bu Rina!"));
        assertEquals(warnedBefore, charsetWarnings(tool), "the launch's form was read as UTF-8 without the server warning of it");
    }

    /**
     * Payara's warnings that a request's charset was set after its form had been read: one a launch while the
     * service set UTF-8 itself in its authentication mechanism, too late (web.xml says it now).
     */
    private static long charsetWarnings(PayaraMicro tool) {
        return tool.logLines().stream().filter(line -> line.contains("AS-WEB-CORE-00059")).count();
    }

    @Test
    void theSameDemoNameAndRoleIsTheSamePersonAndAStudentIsNoCounselor(PayaraMicro tool) {
        Http client = new Http(tool);
        scriptedLaunch(client, tool, "/dev/launch?as=student&user=Ani");

        assertEquals(403, client.get("/counselor/").statusCode());
        assertTrue(client.get("/student/").body().contains("Halo, Ani!"));
    }

    @Test
    void aVisitorClicksEnterAsStudentAndArrivesHome(PayaraMicro tool) {
        WebDriver page = browser.open(1280, 800, "id");
        page.get(tool.uri("/dev/").toString());
        browser.screenshot("demo-id-1280");

        page.findElement(By.id("demo-user")).clear();
        page.findElement(By.id("demo-user")).sendKeys("Budi");
        page.findElement(By.id("as-student")).click();

        new WebDriverWait(page, java.time.Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(tool.uri("/student/").toString()));
        assertEquals("Halo, Budi!", page.findElement(By.id("greeting")).getText());
        browser.screenshot("student-home-id-1280");
    }

    /** Follows the redirects and submits the auto-posting form, as a script or a browser would. */
    private static HttpResponse<String> scriptedLaunch(Http client, PayaraMicro tool, String start) {
        HttpResponse<String> answer = client.get(start);
        while (answer.statusCode() == 302 || answer.statusCode() == 303) {
            URI next = URI.create(answer.headers().firstValue("Location").orElseThrow());
            answer = client.get(next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
        }
        assertEquals(200, answer.statusCode(), answer.body());
        Matcher fields = HIDDEN.matcher(answer.body());
        Map<String, String> form = new java.util.HashMap<>();
        while (fields.find()) {
            form.put(fields.group(1), fields.group(2));
        }
        HttpResponse<String> launched = client.postForm("/lti/launch", TestPlatform.form(form));
        assertEquals(303, launched.statusCode(), launched.body());
        URI home = URI.create(launched.headers().firstValue("Location").orElseThrow());
        return client.get(home.getPath());
    }
}
