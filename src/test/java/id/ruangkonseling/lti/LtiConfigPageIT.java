package id.ruangkonseling.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an LMS admin reads at {@code /lti/config} to register the tool. */
@ExtendWith(SharedServer.class)
class LtiConfigPageIT {

    @Test
    void adminFindsEveryAddressToPasteIntoMoodle(PayaraMicro server) {
        HttpResponse<String> page = new Http(server).get("/lti/config", "Accept-Language", "en");
        String base = server.uri("").toString();

        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("Register Ruang Konseling in your LMS"));
        assertTrue(body.contains("<code id=\"tool-url\">" + base + "/lti/launch</code>"), body);
        assertTrue(body.contains("<code id=\"login-url\">" + base + "/lti/login</code>"));
        assertTrue(body.contains("<code id=\"keyset-url\">" + base + "/.well-known/jwks.json</code>"));
        assertTrue(body.contains("<code id=\"registration-url\">" + base + "/lti/register</code>"));
    }

    @Test
    void pageSpeaksIndonesianByDefault(PayaraMicro server) {
        assertTrue(new Http(server).get("/lti/config").body().contains("Daftarkan Ruang Konseling di LMS"));
    }
}
