package id.ruangkonseling.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.Landing;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestConsumer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Whoever runs the service signs in to {@code /operator/} with {@code RK_OPERATOR_PASSWORD}, invites a
 * school to register by dynamic registration, and registers another platform by hand; both schools'
 * people can then launch.
 */
@ExtendWith(SharedServer.class)
class OperatorConsoleIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aConsolePageWithoutSignInSendsToTheSignInPageAndALaunchIsNoOperator(PayaraMicro tool, DataSource database)
            throws SQLException {
        HttpResponse<String> console = new Http(tool).get("/operator/");
        assertEquals(302, console.statusCode());
        assertEquals("/operator/sign-in", URI.create(console.headers().firstValue("Location").orElseThrow()).getPath());

        try (TestPlatform platform = TestPlatform.start().registerIn(database, "SMA Bukan Operator")) {
            Http admin = new Http(tool);
            HttpResponse<String> launch = platform.launch(admin, tool, "admin-1", List.of(TestPlatform.ADMINISTRATOR),
                    UnaryOperator.identity()).answer();
            assertEquals(tool.uri("/admin/").toString(), Landing.of(launch));
            HttpResponse<String> invitations = admin.get("/operator/invitations");
            assertEquals(302, invitations.statusCode(), "an LMS administrator is not the operator");
            assertEquals("/operator/sign-in", URI.create(invitations.headers().firstValue("Location").orElseThrow()).getPath());
        }
    }

    @Test
    void theOperatorInvitesASchoolAndItsLmsRegistersOnceWithTheLink(PayaraMicro tool) {
        WebDriver page = signIn(tool);
        Browser.navigate(page, By.linkText("Undangan"));
        Browser.navigate(page, By.id("invitation:invite"));
        assertEquals("Ketik nama sekolah.", page.findElement(By.id("invitation:school-name-message")).getText());

        page.findElement(By.id("invitation:school-name")).sendKeys("SMA Negeri 9 Contoh");
        Browser.navigate(page, By.id("invitation:invite"));
        String link = new WebDriverWait(page, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-link"))).getText();
        browser.screenshot("operator-invitation-id-1280");
        assertTrue(link.startsWith(tool.uri("/lti/register?invitation=").toString()), link);

        try (TestPlatform platform = TestPlatform.start()) {
            String registration = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery()
                    + "&openid_configuration=" + URLEncoder.encode(platform.openidConfigurationUrl(), StandardCharsets.UTF_8)
                    + "&registration_token=moodle-token";
            HttpResponse<String> registered = new Http(tool).get(registration);
            assertEquals(200, registered.statusCode(), registered.body());
            assertTrue(registered.body().contains("SMA Negeri 9 Contoh"), registered.body());

            HttpResponse<String> again = new Http(tool).get(registration);
            assertEquals(400, again.statusCode());
            assertTrue(again.body().contains("<code id=\"reason-code\">INVITATION_UNUSABLE</code>"), again.body());

            Http student = new Http(tool);
            HttpResponse<String> launch = platform.launch(student, tool, "siswa-9", List.of(TestPlatform.LEARNER),
                    UnaryOperator.identity()).answer();
            assertEquals(tool.uri("/student/").toString(), Landing.of(launch));
        }

        Browser.navigate(page, By.linkText("Undangan"));
        assertTrue(page.findElement(By.id("invitations")).getText().contains("Dipakai oleh"));
        Browser.navigate(page, By.linkText("Sekolah"));
        assertTrue(page.findElement(By.id("schools")).getText().contains("SMA Negeri 9 Contoh"));
    }

    @Test
    void theOperatorRegistersAPlatformByHandAndAWrongAddressIsNamedWithWhatWasTypedKept(PayaraMicro tool) {
        try (TestPlatform platform = TestPlatform.start()) {
            WebDriver page = signIn(tool);
            Browser.navigate(page, By.linkText("Daftarkan manual"));
            type(page, "schoolName", "SMP Harapan");
            type(page, "issuer", platform.issuer());
            type(page, "clientId", TestPlatform.CLIENT_ID);
            type(page, "deploymentIds", TestPlatform.DEPLOYMENT_ID);
            type(page, "authLoginUrl", "moodle.example/mod/lti/auth.php");
            type(page, "tokenUrl", platform.issuer() + "/token");
            type(page, "jwksUrl", platform.issuer() + "/jwks");
            Browser.navigate(page, By.id("registration:register"));

            assertTrue(page.findElement(By.id("registration")).getText().contains("Ini bukan alamat lengkap"));
            assertEquals(platform.issuer(), page.findElement(By.id("registration:issuer")).getAttribute("value"),
                    "what the operator typed is still there");
            browser.screenshot("operator-register-error-id-1280");

            page.findElement(By.id("registration:authLoginUrl")).clear();
            type(page, "authLoginUrl", platform.issuer() + "/auth");
            Browser.navigate(page, By.id("registration:register"));
            new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(tool.uri("/operator/").toString()));
            assertTrue(page.findElement(By.id("messages")).getText().contains("SMP Harapan"));

            HttpResponse<String> launch = platform.launch(new Http(tool), tool, "guru-1", List.of(TestPlatform.INSTRUCTOR),
                    UnaryOperator.identity()).answer();
            assertEquals(tool.uri("/teacher/").toString(), Landing.of(launch));
        }
    }

    @Test
    void theOperatorAddsASigningKeyThatIsPublishedAtOnceAndSignsLater(PayaraMicro tool) throws ParseException {
        List<String> before = keyIds(tool);
        WebDriver page = signIn(tool);
        Browser.navigate(page, By.linkText("Kunci penanda tangan"));
        Browser.navigate(page, By.id("rotation:rotate"));

        new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Kunci penanda tangan baru sudah diterbitkan"));
        String table = page.findElement(By.id("keys")).getText();
        assertTrue(table.contains("Menandatangani sekarang") && table.contains("Diterbitkan; menandatangani mulai"), table);
        browser.screenshot("operator-keys-id-1280");
        List<String> after = keyIds(tool);
        assertEquals(before.size() + 1, after.size(), "the new key is published before it signs");
        assertTrue(after.containsAll(before));
    }

    @Test
    void theOperatorIssuesAnLti11KeyWithWhichAnOldMoodleLaunches(PayaraMicro tool) {
        WebDriver page = signIn(tool);
        Browser.navigate(page, By.linkText("Kunci LTI 1.1"));
        page.findElement(By.id("lti11:school-name")).sendKeys("SMK Lama");
        Browser.navigate(page, By.id("lti11:issue"));

        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
        String key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consumer-key"))).getText();
        String secret = page.findElement(By.id("shared-secret")).getText();
        String toolUrl = page.findElement(By.id("tool-url")).getText();
        assertEquals(tool.uri("/lti/launch").toString(), toolUrl);
        assertTrue(page.findElement(By.id("keys")).getText().contains("SMK Lama"));
        browser.screenshot("operator-lti11-id-1280");

        TestConsumer moodle = new TestConsumer(key, secret);
        HttpResponse<String> launch = new Http(tool).postForm("/lti/launch",
                TestPlatform.form(moodle.signed(moodle.moodleLaunch("siswa-lama", "Learner"), toolUrl)));
        assertEquals(tool.uri("/student/").toString(), Landing.of(launch));
    }

    private static List<String> keyIds(PayaraMicro tool) throws ParseException {
        return JWKSet.parse(new Http(tool).get("/.well-known/jwks.json").body()).getKeys().stream().map(JWK::getKeyID).toList();
    }

    private WebDriver signIn(PayaraMicro tool) {
        WebDriver page = browser.open(1280, 900, "id");
        page.get(tool.uri("/operator/").toString());
        type(page, "sign-in:password", "not-the-password");
        Browser.navigate(page, By.id("sign-in:sign-in-button"));
        assertTrue(page.findElement(By.id("sign-in:password-message")).getText().startsWith("Kata sandi itu salah"));

        type(page, "sign-in:password", SharedServer.OPERATOR_PASSWORD);
        Browser.navigate(page, By.id("sign-in:sign-in-button"));
        new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(tool.uri("/operator/").toString()));
        browser.screenshot("operator-schools-id-1280");
        return page;
    }


    private static void type(WebDriver page, String id, String text) {
        String fullId = id.contains(":") ? id : "registration:" + id;
        page.findElement(By.id(fullId)).sendKeys(text);
    }
}
