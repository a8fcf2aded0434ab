package id.ruangkonseling.platform;

import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.HtmlPage;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a browser is told about a page with counseling data: only the service's own scripts and the ones
 * carrying this answer's nonce run, only the service and the school's LMS may frame it, and nothing of it
 * is kept in a cache.
 */
@ExtendWith(SharedServer.class)
class SecurityHeadersIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aRolePageAllowsOnlyItsOwnScriptsTheLmsFrameAndNoCache(PayaraMicro tool, TestPlatform school) {
        Http student = new Http(tool);
        assertEquals(303, school.launch(student, tool, "hdr-siswa", List.of(LEARNER), claims -> claims).answer().statusCode());

        HttpResponse<String> home = student.get("/student/");
        assertEquals(200, home.statusCode());
        List<String> policies = home.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy, not two the browser would both enforce: " + policies);
        String policy = policies.getFirst();
        List<String> framers = List.of(HtmlPage.find(policy, "frame-ancestors ([^;]*)").split(" "));
        assertTrue(framers.containsAll(List.of("'self'", school.issuer())), "the service and the school's LMS may frame it: " + policy);
        String nonce = HtmlPage.find(policy, "script-src 'self' 'nonce-([^']+)'");
        assertTrue(home.body().contains("nonce=\"" + nonce + "\""), "the page's inline scripts carry the nonce");
        assertEquals(Set.of("no-store"), Set.copyOf(home.headers().allValues("Cache-Control")));
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", home.headers().firstValue("Referrer-Policy").orElseThrow());
        assertTrue(home.headers().firstValue("Permissions-Policy").orElseThrow().startsWith("camera=(self), microphone=(self)"),
                "the calls may use camera and microphone on the tool's own origin, also in the LMS frame");
        assertTrue(home.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");

        String again = student.get("/student/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertNotEquals(nonce, HtmlPage.find(again, "'nonce-([^']+)'"), "a new nonce for every answer");

        HttpResponse<String> script = student.get("/jakarta.faces.resource/js/launch-ticket.js.xhtml");
        assertEquals(200, script.statusCode());
        assertFalse(script.headers().allValues("Cache-Control").contains("no-store"), "static resources may be cached");

        HttpResponse<String> signedOut = new Http(tool).get("/student/");
        assertEquals(401, signedOut.statusCode());
        assertEquals("no-store", signedOut.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(signedOut.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors"));
    }

    @Test
    void aScriptSlippedIntoAPageDoesNotRun(PayaraMicro tool, TestPlatform school) {
        school.servingBrowsers(tool);
        WebDriver page = browser.open(1280, 800, "id");
        page.get(school.coursePage("hdr-xss", LEARNER, "window"));
        page.findElement(By.id("tool")).click();
        String lms = page.getWindowHandle();
        new WebDriverWait(page, Duration.ofSeconds(10)).until(driver -> driver.getWindowHandles().size() > 1);
        page.switchTo().window(page.getWindowHandles().stream().filter(handle -> !handle.equals(lms)).findFirst().orElseThrow());
        new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        assertEquals(List.of(), browser.contentSecurityPolicyViolations(), "the page itself keeps its policy");

        // what an injected <script> in a student's text would be: an inline script without the nonce
        Object ran = ((JavascriptExecutor) page).executeScript("var s = document.createElement('script');"
                + "s.textContent = 'window.rkInjected = true;'; document.body.appendChild(s); return window.rkInjected === true;");
        assertEquals(Boolean.FALSE, ran, "the injected script did not run");
        assertFalse(browser.contentSecurityPolicyViolations().isEmpty(), "the browser reports the refused script");
    }

    /**
     * A page left open across a restart posts its live part's refresh: its view is gone, and the expired page that
     * would answer the AJAX post has no nonce of its own. The person gets the expired page; the log one line.
     */
    @Test
    void anAjaxPostOfAGoneViewGetsTheExpiredPageAndOneLogLine(PayaraMicro tool, TestPlatform school) throws IOException {
        Http student = new Http(tool);
        assertEquals(303, school.launch(student, tool, "hdr-lama", List.of(LEARNER), claims -> claims).answer().statusCode());
        assertEquals(200, student.get("/student/").statusCode());
        Path log = tool.folder().resolve("server.log");
        int before = Files.readAllLines(log).size();

        HttpResponse<String> stale = student.postForm("/student/", TestPlatform.form(Map.of("live", "live",
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "live", "jakarta.faces.partial.execute", "@this",
                "jakarta.faces.partial.render", "home-live", "jakarta.faces.ViewState", "-1234567890:-987654321")),
                "Faces-Request", "partial/ajax");

        assertEquals(200, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("<redirect url=\"/error/expired.xhtml\"/>"), stale.body());
        List<String> logged = Files.readAllLines(log).stream().skip(before).toList();
        assertEquals(List.of(), logged.stream().filter(line -> line.startsWith("\tat ")).toList(), "no stack trace: " + logged);
        assertEquals(1, logged.stream().filter(line -> line.contains("CSP nonce")).count(), "one line: " + logged);
    }
}
