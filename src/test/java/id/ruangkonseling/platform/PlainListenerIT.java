package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service's own port answers in HTTP/1.1 only: a client asking to upgrade to cleartext HTTP/2 ({@code h2c}),
 * as the JDK's client does on its own, is answered without the upgrade. Payara kept every finished {@code h2c}
 * request in memory (the benchmark's soak doubled the heap in ten minutes); browsers never speak {@code h2c}.
 */
@ExtendWith(SharedServer.class)
class PlainListenerIT {

    @Test
    void aCleartextHttp2UpgradeIsNotTaken(PayaraMicro tool) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(tool.uri("/resources/img/mark.svg")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode());
        assertEquals(HttpClient.Version.HTTP_1_1, answer.version(), "the server stayed with HTTP/1.1");
    }
}
