package id.ruangkonseling.lti;

import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.Landing;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.Map;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An LMS admin adds the tool by dynamic registration, as Moodle does it, and students can launch at once. */
@ExtendWith(SharedServer.class)
class DynamicRegistrationIT {

    private PayaraMicro tool;
    private TestPlatform platform;

    @BeforeEach
    void startPlatform(PayaraMicro tool) {
        this.tool = tool;
        this.platform = TestPlatform.start();
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    @Test
    void registrationThenAStudentLaunch() throws ParseException {
        HttpResponse<String> page = new Http(tool).get("/lti/register?openid_configuration="
                + encode(platform.openidConfigurationUrl()) + "&registration_token=one-time-token");

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Ruang Konseling sudah terdaftar"));
        assertTrue(page.body().contains("registration-done.js"), "the page tells the LMS to close it");
        assertEquals("Bearer one-time-token", platform.receivedRegistrationAuthorization());
        Map<String, Object> sent = JSONObjectUtils.parse(platform.receivedRegistration());
        assertEquals(tool.uri("/lti/login").toString(), sent.get("initiate_login_uri"));
        assertEquals(List.of(tool.uri("/lti/launch").toString()), sent.get("redirect_uris"));
        assertEquals(tool.uri("/.well-known/jwks.json").toString(), sent.get("jwks_uri"));
        assertEquals("private_key_jwt", sent.get("token_endpoint_auth_method"));

        Http student = new Http(tool);
        HttpResponse<String> launch = platform.launch(student, tool, "student-31", List.of(LEARNER), UnaryOperator.identity()).answer();
        assertEquals(tool.uri("/student/").toString(), Landing.of(launch));

        HttpResponse<String> again = new Http(tool).get("/lti/register?openid_configuration="
                + encode(platform.openidConfigurationUrl()));
        assertEquals(200, again.statusCode(), "registering the same deployment again keeps its school: " + again.body());
    }

    @Test
    void aPlatformWhoseConfigurationCannotBeReadIsTold() {
        HttpResponse<String> page = new Http(tool).get("/lti/register?openid_configuration="
                + encode(platform.issuer() + "/no-such-configuration"));

        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("<code id=\"reason-code\">PLATFORM_CONFIGURATION_UNREADABLE</code>"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
