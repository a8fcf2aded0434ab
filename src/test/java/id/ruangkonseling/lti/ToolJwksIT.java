package id.ruangkonseling.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a platform fetches to check the tool's signatures. */
@ExtendWith(SharedServer.class)
class ToolJwksIT {

    @Test
    void platformsFindTheToolsPublicRs256Key(PayaraMicro server) throws Exception {
        HttpResponse<String> answer = new Http(server).get("/.well-known/jwks.json");

        assertEquals(200, answer.statusCode());
        assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JWKSet keys = JWKSet.parse(answer.body());
        JWK key = keys.getKeys().getFirst();
        assertEquals(KeyType.RSA, key.getKeyType());
        assertEquals(JWSAlgorithm.RS256, key.getAlgorithm());
        assertNotNull(key.getKeyID());
        assertFalse(key.isPrivate());
    }
}
