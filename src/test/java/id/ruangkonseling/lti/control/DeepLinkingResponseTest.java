package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.entity.DeepLinkRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.ruangkonseling.lti.control.DeepLinkingResponse.ResourceLink;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeepLinkingResponseTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    private final RSAKey key = generate();
    private final DeepLinkingResponse responses = new DeepLinkingResponse(key, Clock.fixed(NOW, ZoneOffset.UTC));
    private final DeepLinkRequest request = new DeepLinkRequest("https://lms.sekolah.sch.id", "client-7", "2",
            URI.create("https://lms.sekolah.sch.id/mod/lti/contentitem_return.php"), Optional.of("opaque-42"));

    @Test
    void carriesTheChosenResourceLinkSignedByTheToolKey() throws Exception {
        SignedJWT jwt = SignedJWT.parse(responses.sign(request, Optional.of(new ResourceLink(ToolPlace.REFERRAL,
                "Rujuk siswa", "Untuk guru", URI.create("https://bk.sekolah.sch.id/lti/launch")))));

        assertTrue(jwt.verify(new RSASSAVerifier(key.toPublicJWK())));
        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertEquals(key.getKeyID(), jwt.getHeader().getKeyID());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals("client-7", claims.getIssuer());
        assertEquals(List.of("https://lms.sekolah.sch.id"), claims.getAudience());
        assertEquals(NOW, claims.getIssueTime().toInstant());
        assertTrue(claims.getExpirationTime().toInstant().isAfter(NOW));
        assertEquals("2", claims.getClaim(LTI + "deployment_id"));
        assertEquals("LtiDeepLinkingResponse", claims.getClaim(LTI + "message_type"));
        assertEquals("1.3.0", claims.getClaim(LTI + "version"));
        assertEquals("opaque-42", claims.getClaim(DL + "data"));
        List<?> items = (List<?>) claims.getClaim(DL + "content_items");
        assertEquals(1, items.size());
        Map<?, ?> item = (Map<?, ?>) items.getFirst();
        assertEquals("ltiResourceLink", item.get("type"));
        assertEquals("Rujuk siswa", item.get("title"));
        assertEquals("https://bk.sekolah.sch.id/lti/launch", item.get("url"));
        assertEquals(Map.of("rk_place", "referral"), item.get("custom"));
    }

    @Test
    void aCancelCarriesNoItemsAndEachResponseItsOwnNonce() throws Exception {
        JWTClaimsSet first = SignedJWT.parse(responses.sign(request, Optional.empty())).getJWTClaimsSet();
        JWTClaimsSet second = SignedJWT.parse(responses.sign(request, Optional.empty())).getJWTClaimsSet();

        assertEquals(List.of(), first.getClaim(DL + "content_items"));
        assertNotEquals(first.getStringClaim("nonce"), second.getStringClaim("nonce"));
    }

    @Test
    void noDataInTheRequestMeansNoDataClaim() throws Exception {
        DeepLinkRequest withoutData = new DeepLinkRequest("https://lms.sekolah.sch.id", "client-7", "2",
                URI.create("https://lms.sekolah.sch.id/return"), Optional.empty());

        assertFalse(SignedJWT.parse(responses.sign(withoutData, Optional.empty())).getJWTClaimsSet().getClaims()
                .containsKey(DL + "data"));
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("tool-key").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
