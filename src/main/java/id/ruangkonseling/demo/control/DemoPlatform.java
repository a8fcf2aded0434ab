package id.ruangkonseling.demo.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.ruangkonseling.lti.control.ToolPlace;
import id.ruangkonseling.platform.control.Memo;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo platform's identity and what it signs: a key made when the service starts (platforms keep
 * theirs; a demo needs none kept), and id_tokens for demo people, as an LMS would send them. Every instance of a
 * cluster signs with the same key, kept in the data grid: a launch answered by one instance may be checked by
 * another, against whichever instance's key set the tool fetched last.
 */
public final class DemoPlatform {

    public static final String ISSUER = "https://demo.ruangkonseling.invalid";
    public static final String CLIENT_ID = "demo-client";
    public static final String DEPLOYMENT_ID = "demo";
    public static final String COURSE_ID = "demo-course";
    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(60);

    private static final String KEY_ENTRY = "signing-key";

    private final Memo<RSAKey> key;
    private final Clock clock;

    /** The demo platform of the cluster whose grid map {@code keys} is. */
    public DemoPlatform(Clock clock, Map<String, String> keys) {
        this.clock = clock;
        this.key = new Memo<>(() -> sharedKey(keys));
    }

    public JWKSet publicKeys() {
        return new JWKSet(key.get().toPublicJWK());
    }

    /**
     * A resource link launch of {@code person} into the demo course, answering the tool's login: from the
     * plain link, or from a link deep-linked for {@code place}, which carries it as its custom parameter.
     */
    public String idToken(DemoPerson person, String nonce, URI targetLinkUri, Optional<ToolPlace> place) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(person.subject())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .claim("nonce", nonce)
                .claim("name", person.name())
                .claim(LTI + "deployment_id", DEPLOYMENT_ID)
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "message_type", "LtiResourceLinkRequest")
                .claim(LTI + "target_link_uri", targetLinkUri.toString())
                .claim(LTI + "resource_link", Map.of("id", place.map(p -> "demo-link-" + p.customValue()).orElse("demo-link"),
                        "title", "Ruang Konseling"))
                .claim(LTI + "custom", place.map(ToolPlace::custom).orElse(Map.of()))
                .claim(LTI + "roles", person.role().ltiRoles())
                .claim(LTI + "context", Map.of("id", COURSE_ID, "label", "DEMO", "title", "Kelas Demo",
                        "type", List.of("CourseSection")))
                .build();
        try {
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.get().getKeyID()).build(), claims);
            token.sign(new RSASSASigner(key.get()));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("the demo platform could not sign", e);
        }
    }

    /** The key the first instance made, or this one's if it is the first. */
    private static RSAKey sharedKey(Map<String, String> keys) {
        String made = newKey().toJSONString();
        String first = keys.putIfAbsent(KEY_ENTRY, made);
        try {
            return RSAKey.parse(first == null ? made : first);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("the demo platform's shared key is not a key", e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("the JDK could not generate an RSA key", e);
        }
    }
}
