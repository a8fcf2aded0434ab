package id.ruangkonseling.lti.control;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import id.ruangkonseling.lti.entity.LtiPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Access tokens for a platform's LTI services (OAuth 2 client credentials, the tool authenticating
 * with a {@code private_key_jwt} assertion signed by its own key), kept until shortly before they
 * expire so that a roster page view does not cost a token request. Tokens live only in memory.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
    /** A token this close to expiry is renewed instead: it could expire on its way to the platform. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);
    /** RFC 6749 lets a platform leave out {@code expires_in}; such a token is reused only briefly. */
    private static final long UNSTATED_LIFETIME_SECONDS = 60;

    private final Supplier<RSAKey> signingKey;
    private final Clock clock;
    private final PlatformHttp http;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAt) {
    }

    @Inject
    public ServiceTokens(ToolKeyring keyring) {
        this(() -> keyring.keys().signingKey(), Clock.systemUTC(), new PlatformHttp());
    }

    ServiceTokens(Supplier<RSAKey> signingKey, Clock clock, PlatformHttp http) {
        this.signingKey = signingKey;
        this.clock = clock;
        this.http = http;
    }

    protected ServiceTokens() {
        // for the CDI proxy
        this(null, null, null);
    }

    /** A bearer token for {@code scope} at {@code platform}, from the cache while it is good. */
    public String accessToken(LtiPlatform platform, String scope) throws PlatformServiceFailed {
        String key = key(platform, scope);
        Token cached = tokens.get(key);
        if (cached != null && clock.instant().isBefore(cached.renewAt())) {
            return cached.value();
        }
        Token fresh = request(platform, scope);
        tokens.put(key, fresh);
        return fresh.value();
    }

    /** Drops the cached token, which the platform refused before it said it would expire. */
    public void forget(LtiPlatform platform, String scope) {
        tokens.remove(key(platform, scope));
    }

    private Token request(LtiPlatform platform, String scope) throws PlatformServiceFailed {
        Instant now = clock.instant();
        String form = LtiAddresses.form(Map.of("grant_type", "client_credentials",
                "client_assertion_type", ASSERTION_TYPE, "client_assertion", assertion(platform, now), "scope", scope));
        HttpRequest request = PlatformHttp.request(platform.authTokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Map<String, Object> answer = http.send(request).json();
        if (!(answer.get("access_token") instanceof String value) || value.isBlank()) {
            throw new PlatformServiceFailed(platform.authTokenUrl() + " answered no access_token");
        }
        long lifetime = answer.get("expires_in") instanceof Number seconds ? seconds.longValue() : UNSTATED_LIFETIME_SECONDS;
        return new Token(value, now.plusSeconds(lifetime).minus(RENEW_BEFORE));
    }

    /**
     * The tool's proof of identity: issued by and about its client id, addressed to the token endpoint
     * (what the IMS Security Framework asks; Moodle's token.php checks the signature and {@code sub}).
     */
    private String assertion(LtiPlatform platform, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(platform.clientId())
                .subject(platform.clientId())
                .audience(platform.authTokenUrl().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        return ToolSignature.sign(signingKey.get(), claims);
    }

    private static String key(LtiPlatform platform, String scope) {
        return platform.issuer() + "\n" + platform.clientId() + "\n" + platform.authTokenUrl() + "\n" + scope;
    }
}
