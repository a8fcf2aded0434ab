package id.ruangkonseling.lti;

import static id.ruangkonseling.testing.TestPlatform.ADMINISTRATOR;
import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import id.ruangkonseling.testing.HtmlPage;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.Landing;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The "done when", in one go, as Moodle drives a tool: a platform registers the tool by dynamic
 * registration, then POST-initiated launches as Learner, Instructor and Administrator land on their
 * homes, a teacher adds the tool by a deep-linking round trip the platform verifies with the tool's
 * JWKS, and the teacher's roster comes from the platform's Names and Role Provisioning service.
 */
@ExtendWith(SharedServer.class)
class MoodleJourneyIT {

    @Test
    void registerLaunchAsEachRoleDeepLinkAndReadTheRoster(PayaraMicro tool) throws Exception {
        try (TestPlatform moodle = TestPlatform.start()) {
            HttpResponse<String> registered = new Http(tool).get("/lti/register?openid_configuration="
                    + URLEncoder.encode(moodle.openidConfigurationUrl(), StandardCharsets.UTF_8) + "&registration_token=t-1");
            assertEquals(200, registered.statusCode(), registered.body());

            assertEquals(tool.uri("/student/").toString(), landing(moodle, tool, new Http(tool), "j-learner", LEARNER));
            assertEquals(tool.uri("/admin/").toString(), landing(moodle, tool, new Http(tool), "j-admin", ADMINISTRATOR));
            Http teacher = new Http(tool);
            assertEquals(tool.uri("/teacher/").toString(), landing(moodle, tool, teacher, "j-teacher", INSTRUCTOR));

            String students = HtmlPage.find(teacher.get("/teacher/").body(),
                    "<a href=\"(/teacher/students\\?course=\\d+)\">Matematika XI</a>");
            HttpResponse<String> roster = teacher.get(students);
            assertTrue(roster.body().contains("Ani Wijaya"), "the roster call reached the platform: " + roster.body());
            assertTrue(moodle.services().tokenRequests() >= 1, "with a token from the client-credentials grant");

            Http addingTheTool = new Http(tool);
            HttpResponse<String> deepLinkLaunch = moodle.launch(addingTheTool, tool, "j-teacher", List.of(INSTRUCTOR),
                    moodle.deepLinking("moodle-course-9")).answer();
            HttpResponse<String> chooser = addingTheTool.get(Landing.path(deepLinkLaunch));
            HttpResponse<String> answer = addingTheTool.postForm("/lti/deep-link/answer",
                    TestPlatform.form(Map.of("token", HtmlPage.field(chooser.body(), "token"), "place", "counseling")));
            assertEquals(200, HtmlPage.postDeepLinkReturn(answer.body()).statusCode(), "the platform verified it");
            JWTClaimsSet response = moodle.services().deepLinkResponse();
            assertEquals("LtiDeepLinkingResponse", response.getClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"));
            assertEquals("moodle-course-9", response.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"));
        }
    }

    private static String landing(TestPlatform moodle, PayaraMicro tool, Http browser, String person, String role) {
        return Landing.of(moodle.launch(browser, tool, person, List.of(role), UnaryOperator.identity()).answer());
    }
}
