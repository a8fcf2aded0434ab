package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.entity.PlatformRegistration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import java.text.ParseException;

/**
 * Checks an LTI 1.3 {@code id_token} as the 1EdTech Security Framework asks: an RS256 signature by a
 * key the platform publishes (looked up by {@code kid} in the registered JWKS, never from a header's
 * {@code jku}), then every claim the launch depends on ({@link LaunchClaims}). The first failed rule
 * is the reason given.
 */
public final class IdTokenVerifier {

    private final PlatformRegistration platform;
    private final JWKSource<SecurityContext> platformKeys;
    private final LaunchClaims claims;

    public IdTokenVerifier(PlatformRegistration platform, JWKSource<SecurityContext> platformKeys, LaunchClaims claims) {
        this.platform = platform;
        this.platformKeys = platformKeys;
        this.claims = claims;
    }

    /** The launch the token carries, if it passes every rule and carries {@code expectedNonce}. */
    public Launch verify(String idToken, String expectedNonce) throws LaunchRejected {
        SignedJWT signed = signed(idToken);
        requireKnownKey(signed.getHeader());
        return claims.read(verifiedClaims(idToken), platform, expectedNonce);
    }

    private static SignedJWT signed(String idToken) throws LaunchRejected {
        JWT parsed;
        try {
            parsed = JWTParser.parse(idToken == null ? "" : idToken.strip());
        } catch (ParseException e) {
            throw new LaunchRejected(Reason.MALFORMED, "the id_token is not a JWT", e);
        }
        if (!(parsed instanceof SignedJWT signed) || !JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
            throw new LaunchRejected(Reason.UNSIGNED_OR_WRONG_ALGORITHM,
                    "only RS256 is accepted, got " + parsed.getHeader().getAlgorithm());
        }
        return signed;
    }

    private void requireKnownKey(JWSHeader header) throws LaunchRejected {
        try {
            if (platformKeys.get(new JWKSelector(JWKMatcher.forJWSHeader(header)), null).isEmpty()) {
                throw new LaunchRejected(Reason.UNKNOWN_KEY, "no key " + header.getKeyID() + " in " + platform.jwksUri());
            }
        } catch (JOSEException e) {
            throw new LaunchRejected(Reason.UNKNOWN_KEY, "the platform's keys at " + platform.jwksUri()
                    + " could not be read: " + e.getMessage(), e);
        }
    }

    private JWTClaimsSet verifiedClaims(String idToken) throws LaunchRejected {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, platformKeys));
        processor.setJWTClaimsSetVerifier((claimsSet, context) -> {
            // every claim is checked by LaunchClaims, each with its own reason
        });
        try {
            return processor.process(idToken.strip(), null);
        } catch (BadJOSEException | JOSEException e) {
            throw new LaunchRejected(Reason.BAD_SIGNATURE, "the signature does not verify", e);
        } catch (ParseException e) {
            throw new LaunchRejected(Reason.MALFORMED, "the id_token's claims are not JSON", e);
        }
    }
}
