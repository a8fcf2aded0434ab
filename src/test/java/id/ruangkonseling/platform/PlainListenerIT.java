package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service's own port as browsers and nginx meet it: HTTP/1.1 only — a client asking to upgrade to cleartext
 * HTTP/2 ({@code h2c}), as the JDK's client does on its own, is answered without the upgrade (Payara kept every
 * finished {@code h2c} request in memory: the benchmark's soak doubled the heap in ten minutes) — and no
 * {@code Server} header. Both come from deploy/payara/pre-boot-commands.asadmin, every line of which must take.
 */
@ExtendWith(SharedServer.class)
class PlainListenerIT {

    /** What Payara Micro logs first on every boot. */
    private static final String BOOT_STARTS = "Payara Micro Runtime directory is located at";

    @Test
    void aCleartextHttp2UpgradeIsNotTakenAndTheServerIsNotNamed(PayaraMicro tool) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(tool.uri("/resources/img/mark.svg")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode());
        assertEquals(HttpClient.Version.HTTP_1_1, answer.version(), "the server stayed with HTTP/1.1");
        assertTrue(answer.headers().firstValue("Server").isEmpty(), "Server: " + answer.headers().firstValue("Server"));
    }

    @Test
    void everyPreBootCommandTook(PayaraMicro tool) throws Exception {
        String whole = Files.readString(tool.folder().resolve("server.log"));
        String log = whole.substring(Math.max(0, whole.lastIndexOf(BOOT_STARTS))); // this boot's: the file outlives runs

        assertTrue(log.contains("Boot Command set returned with result SUCCESS"), "the commands ran at all");
        assertFalse(log.contains("Boot Command set failed"), "a pre-boot command failed; see the server's log");
    }
}
