package id.ruangkonseling.lti.control;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platforms' public keys, fetched from their registered JWKS addresses and cached; a token signed
 * with a key id the cache does not know makes one refetch (at most one every 30 seconds per platform),
 * so a platform's key rotation is picked up without letting forged key ids flood it with requests.
 */
@ApplicationScoped
public class PlatformKeys {

    private static final Duration CACHE = Duration.ofHours(1);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(30);

    private final Map<URI, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

    public JWKSource<SecurityContext> of(URI jwksUrl) {
        return sources.computeIfAbsent(jwksUrl, PlatformKeys::source);
    }

    private static JWKSource<SecurityContext> source(URI jwksUrl) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(jwksUrl.toURL())
                    .cache(CACHE.toMillis(), FETCH_TIMEOUT.toMillis())
                    .rateLimited(MIN_REFETCH_INTERVAL.toMillis())
                    .retrying(true)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a JWKS address: " + jwksUrl, e);
        }
    }
}
