package id.ruangkonseling.lti;

import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import id.ruangkonseling.testing.HtmlPage;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.Landing;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A teacher adds the tool to a course by Deep Linking; the platform checks the answer with the tool's JWKS. */
@ExtendWith(SharedServer.class)
class DeepLinkingIT {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

    private PayaraMicro tool;
    private TestPlatform platform;
    private Http browser;

    @BeforeEach
    void registerAPlatform(PayaraMicro tool, TestPlatform platform) {
        this.platform = platform;
        this.tool = tool;
        this.browser = new Http(tool);
    }

    @Test
    void aTeacherChoosesReferralAndThePlatformReceivesASignedResourceLink() throws Exception {
        HttpResponse<String> launched = platform.launch(browser, tool, "teacher-40", List.of(INSTRUCTOR),
                platform.deepLinking("moodle-opaque-1")).answer();
        assertEquals(303, launched.statusCode(), launched.body());
        assertTrue(Landing.of(launched).startsWith(tool.uri("/lti/deep-link?offer=").toString()), Landing.of(launched));

        // as in Moodle's dialog where the browser keeps no cookie of the tool: the offer alone carries it
        Http withoutCookies = new Http(tool);
        HttpResponse<String> chooser = withoutCookies.get(Landing.path(launched));
        assertEquals(200, chooser.statusCode());
        assertTrue(chooser.body().contains("Konseling (untuk siswa)"), chooser.body());
        assertTrue(chooser.body().contains("Rujuk siswa"));
        assertTrue(chooser.body().contains("Angket kebutuhan (AKPD)"), "the needs assessment is offered beside them");

        HttpResponse<String> returning = new Http(tool).postForm("/lti/deep-link/answer",
                TestPlatform.form(Map.of("token", HtmlPage.field(chooser.body(), "token"), "place", "referral")));
        assertEquals(200, returning.statusCode(), returning.body());
        assertEquals(platform.services().deepLinkReturnUrl(), HtmlPage.deepLinkReturnAction(returning.body()));
        assertTrue(returning.body().contains("auto-post.js"), "posts itself; the button is there without JavaScript");

        assertEquals(200, HtmlPage.postDeepLinkReturn(returning.body()).statusCode());
        JWTClaimsSet response = platform.services().deepLinkResponse();
        assertEquals(TestPlatform.DEPLOYMENT_ID, response.getClaim(LTI + "deployment_id"));
        assertEquals("LtiDeepLinkingResponse", response.getClaim(LTI + "message_type"));
        assertEquals("1.3.0", response.getClaim(LTI + "version"));
        assertEquals("moodle-opaque-1", response.getClaim(DL + "data"));
        List<?> items = (List<?>) response.getClaim(DL + "content_items");
        assertEquals(1, items.size());
        Map<?, ?> item = (Map<?, ?>) items.getFirst();
        assertEquals("ltiResourceLink", item.get("type"));
        assertEquals("Rujuk siswa", item.get("title"));
        assertEquals(tool.uri("/lti/launch").toString(), item.get("url"));
        assertEquals(Map.of("rk_place", "referral"), item.get("custom"));

        assertEquals(404, withoutCookies.get(Landing.path(launched)).statusCode(), "a request is answered once");
    }

    @Test
    void cancellingReturnsNoContentItems() throws Exception {
        HttpResponse<String> launched = platform.launch(browser, tool, "teacher-41", List.of(INSTRUCTOR),
                platform.deepLinking("moodle-opaque-2")).answer();
        String token = HtmlPage.field(browser.get(Landing.path(launched)).body(), "token");

        HttpResponse<String> returning = browser.postForm("/lti/deep-link/answer",
                TestPlatform.form(Map.of("token", token, "cancel", "true")));

        assertEquals(200, HtmlPage.postDeepLinkReturn(returning.body()).statusCode());
        assertEquals(List.of(), platform.services().deepLinkResponse().getClaim(DL + "content_items"));
    }

    @Test
    void aChoiceWithoutTheChoosersTokenIsRefusedAndTheRequestStaysOpen() {
        HttpResponse<String> launched = platform.launch(browser, tool, "teacher-42", List.of(INSTRUCTOR),
                platform.deepLinking("moodle-opaque-3")).answer();

        HttpResponse<String> forged = browser.postForm("/lti/deep-link/answer",
                TestPlatform.form(Map.of("token", "guessed", "place", "counseling")));

        assertEquals(404, forged.statusCode());
        assertEquals(200, browser.get(Landing.path(launched)).statusCode());
    }

    @Test
    void aLearnerCannotReachTheChooser() {
        HttpResponse<String> launched = platform.launch(browser, tool, "student-40", List.of(LEARNER),
                platform.deepLinking("moodle-opaque-4")).answer();

        assertEquals(tool.uri("/student/").toString(), Landing.of(launched));
        HttpResponse<String> chooser = browser.get("/lti/deep-link");
        assertEquals(404, chooser.statusCode(), "no offer was made to a learner");
        assertTrue(chooser.body().contains("Halaman tidak ditemukan"), "denied looks like missing");
    }

    @Test
    void withoutAnOpenOfferTheChooserDoesNotExist() {
        platform.launch(browser, tool, "teacher-43", List.of(INSTRUCTOR), claims -> claims);

        assertEquals(404, browser.get("/lti/deep-link?offer=guessed").statusCode());
        HttpResponse<String> chooser = browser.get("/lti/deep-link");
        assertEquals(404, chooser.statusCode());
        assertTrue(chooser.body().contains("Halaman tidak ditemukan"));
    }

    @Test
    void aLinkDeepLinkedAsReferralOpensTheTeachersReferralPart() {
        HttpResponse<String> launched = platform.launch(browser, tool, "teacher-44", List.of(INSTRUCTOR),
                claims -> claims.claim(LTI + "custom", Map.of("rk_place", "referral"))).answer();

        assertEquals(tool.uri("/teacher/?place=referral").toString(), Landing.of(launched));
        HttpResponse<String> home = browser.get("/teacher/?place=referral");
        assertTrue(home.body().contains("class=\"rk-highlight\""), home.body());
        assertFalse(browser.get("/teacher/").body().contains("class=\"rk-highlight\""));
    }
}
