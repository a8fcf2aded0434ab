package id.ruangkonseling.lti.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The signature against published OAuth examples: the base string of RFC 5849 §3.4.1.1, and the
 * signed request of OAuth Core 1.0 Appendix A.5 (the one RFC 5849 §1.2 retells), whose stated
 * signature is {@code tR3+Ty81lMeYAr/Fid0kMTYa/WM=}. Any change to what was signed must fail.
 */
class OAuthSignatureTest {

    private static final URI PHOTOS = URI.create("http://photos.example.net/photos");
    private static final String CONSUMER_SECRET = "kd94hf93k423kf44";
    private static final String TOKEN_SECRET = "pfkkdhi9sl3r4s00";
    private static final String PUBLISHED_SIGNATURE = "tR3+Ty81lMeYAr/Fid0kMTYa/WM=";

    @Test
    void theBaseStringIsTheOneRfc5849States() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("b5", List.of("=%3D"));
        parameters.put("a3", List.of("a", "2 q"));
        parameters.put("c@", List.of(""));
        parameters.put("a2", List.of("r b"));
        parameters.put("c2", List.of(""));
        parameters.put("oauth_consumer_key", List.of("9djdj82h48djs9d2"));
        parameters.put("oauth_token", List.of("kkk9d7dh3k39sjv7"));
        parameters.put("oauth_signature_method", List.of("HMAC-SHA1"));
        parameters.put("oauth_timestamp", List.of("137131201"));
        parameters.put("oauth_nonce", List.of("7d8f3e4a"));
        parameters.put("oauth_signature", List.of("djosJKDKJSD8743243/jdk33klY="));

        assertEquals("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q"
                        + "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_"
                        + "key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_m"
                        + "ethod%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk"
                        + "9d7dh3k39sjv7",
                OAuthSignature.baseString("POST", URI.create("http://EXAMPLE.COM:80/request"), parameters));
    }

    @Test
    void thePublishedSignatureMatches() {
        String baseString = OAuthSignature.baseString("GET", PHOTOS, photosRequest());

        assertEquals(PUBLISHED_SIGNATURE, OAuthSignature.sign(baseString, CONSUMER_SECRET, TOKEN_SECRET));
        assertTrue(OAuthSignature.matches(PUBLISHED_SIGNATURE, baseString, CONSUMER_SECRET, TOKEN_SECRET));
    }

    @Test
    void aChangedParameterFails() {
        Map<String, List<String>> tampered = photosRequest();
        tampered.put("size", List.of("large"));

        assertFalse(matchesPublished(PHOTOS, tampered, CONSUMER_SECRET));
    }

    @Test
    void anAddedParameterFails() {
        Map<String, List<String>> tampered = photosRequest();
        tampered.put("roles", List.of("Administrator"));

        assertFalse(matchesPublished(PHOTOS, tampered, CONSUMER_SECRET));
    }

    @Test
    void anotherUrlFails() {
        assertFalse(matchesPublished(URI.create("https://photos.example.net/photos"), photosRequest(), CONSUMER_SECRET));
        assertFalse(matchesPublished(URI.create("http://photos.example.net:8080/photos"), photosRequest(), CONSUMER_SECRET));
        assertFalse(matchesPublished(URI.create("http://photos.example.net/photo"), photosRequest(), CONSUMER_SECRET));
    }

    @Test
    void anotherSecretFails() {
        assertFalse(matchesPublished(PHOTOS, photosRequest(), "kd94hf93k423kf45"));
    }

    @Test
    void aSignatureThatIsNotBase64Fails() {
        String baseString = OAuthSignature.baseString("GET", PHOTOS, photosRequest());

        assertFalse(OAuthSignature.matches("not base64!", baseString, CONSUMER_SECRET, TOKEN_SECRET));
    }

    @Test
    void encodingLeavesOnlyUnreservedCharactersAsTheyAre() {
        assertEquals("abcABC123-._~", OAuthSignature.encode("abcABC123-._~"));
        assertEquals("%20%2A%2B%21%25%3D%26", OAuthSignature.encode(" *+!%=&"));
        assertEquals("Rahm%C4%81", OAuthSignature.encode("Rahmā"));
    }

    private static boolean matchesPublished(URI uri, Map<String, List<String>> parameters, String consumerSecret) {
        return OAuthSignature.matches(PUBLISHED_SIGNATURE, OAuthSignature.baseString("GET", uri, parameters),
                consumerSecret, TOKEN_SECRET);
    }

    /** OAuth Core 1.0 Appendix A.5.1: the request for the photo, as the consumer signed it. */
    private static Map<String, List<String>> photosRequest() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("file", List.of("vacation.jpg"));
        parameters.put("size", List.of("original"));
        parameters.put("oauth_consumer_key", List.of("dpf43f3p2l4k3l03"));
        parameters.put("oauth_token", List.of("nnch734d00sl2jdk"));
        parameters.put("oauth_signature_method", List.of("HMAC-SHA1"));
        parameters.put("oauth_timestamp", List.of("1191242096"));
        parameters.put("oauth_nonce", List.of("kllo9940pd9333jh"));
        parameters.put("oauth_version", List.of("1.0"));
        parameters.put("oauth_signature", List.of(PUBLISHED_SIGNATURE));
        return parameters;
    }
}
