package id.ruangkonseling.lti.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The tool's RSA signing keys (RS256), kept as a JSON Web Key Set in a file outside the WAR. A fresh
 * install has none, so the first start generates one; an existing file is only ever read, so a damaged
 * one stops the service with a message instead of being replaced by a key no platform knows. A new key
 * (rotation) is published at once but signs only after {@link #PUBLISHED_BEFORE_USE}, so that every
 * platform's cached copy of the JWKS knows it before it meets it.
 */
public final class ToolKeys {

    private static final Logger LOG = System.getLogger(ToolKeys.class.getName());
    private static final int KEY_BITS = 2048;

    /** Longer than any platform caches a tool's keys (Moodle fetches them for each check). */
    public static final Duration PUBLISHED_BEFORE_USE = Duration.ofHours(1);

    private final List<RSAKey> keys;
    private final Clock clock;

    private ToolKeys(List<RSAKey> keys, Clock clock) {
        this.keys = keys.stream().sorted(Comparator.comparing(RSAKey::getIssueTime)).toList();
        this.clock = clock;
    }

    /** The keys in {@code folder}, generating the first one (and the folder) when there are none. */
    public static ToolKeys loadOrGenerate(Path folder, Clock clock) {
        ToolKeyFile file = new ToolKeyFile(folder);
        try {
            Optional<List<RSAKey>> stored = file.read();
            if (stored.isPresent()) {
                return new ToolKeys(stored.get(), clock);
            }
            ToolKeys generated = new ToolKeys(List.of(generate(clock)), clock);
            file.write(generated.keys);
            LOG.log(Level.INFO, "Generated the tool''s first LTI signing key (kid {0}) in {1}. In production keep "
                    + "this folder (RK_KEY_DIR) on lasting storage shared by all instances; platforms trust this key.",
                    generated.signingKey().getKeyID(), folder.toAbsolutePath());
            return generated;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the tool's signing keys in " + folder.toAbsolutePath()
                    + " (" + e.getMessage() + "). Make the folder writable for the service, or set RK_KEY_DIR to one that is.", e);
        }
    }

    /**
     * Adds a new key to the file in {@code folder}: published from now on, signing once it has been
     * published long enough. Keys older than the one signing now are dropped; nothing they signed lives on.
     */
    public static ToolKeys rotate(Path folder, Clock clock) {
        ToolKeys current = loadOrGenerate(folder, clock);
        RSAKey signing = current.signingKey();
        List<RSAKey> kept = new ArrayList<>(current.keys.stream()
                .filter(key -> !key.getIssueTime().before(signing.getIssueTime())).toList());
        kept.add(generate(clock));
        ToolKeys rotated = new ToolKeys(kept, clock);
        try {
            new ToolKeyFile(folder).write(rotated.keys);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the tool's new signing key to " + folder.toAbsolutePath()
                    + " (" + e.getMessage() + "). Make the folder writable for the service.", e);
        }
        LOG.log(Level.INFO, "Added a new LTI signing key (kid {0}); it signs from {1}.", rotated.keys.getLast().getKeyID(),
                rotated.keys.getLast().getIssueTime().toInstant().plus(PUBLISHED_BEFORE_USE));
        return rotated;
    }

    /**
     * The key the tool signs with now: the newest one published for at least
     * {@link #PUBLISHED_BEFORE_USE}, or the first one of a fresh install.
     */
    public RSAKey signingKey() {
        Instant publishedBefore = clock.instant().minus(PUBLISHED_BEFORE_USE);
        return keys.stream().filter(key -> !key.getIssueTime().toInstant().isAfter(publishedBefore))
                .reduce((older, newer) -> newer)
                .orElse(keys.getFirst());
    }

    /** What the operator sees of each key, the oldest first: its id, when it was made and when it signs. */
    public List<KeyState> states() {
        Instant signing = signingKey().getIssueTime().toInstant();
        return keys.stream().map(key -> {
            Instant made = key.getIssueTime().toInstant();
            Use use = made.equals(signing) ? Use.SIGNING : made.isAfter(signing) ? Use.WAITING : Use.RETIRED;
            return new KeyState(key.getKeyID(), made, made.plus(PUBLISHED_BEFORE_USE), use);
        }).toList();
    }

    /** One key as the operator sees it (nothing of the key itself), and what it is for now. */
    public record KeyState(String keyId, Instant made, Instant signsFrom, Use use) {
    }

    /** Signing now; published and waiting to sign; or replaced, and dropped at the next rotation. */
    public enum Use {
        SIGNING, WAITING, RETIRED
    }

    /** Every public key, for {@code /.well-known/jwks.json}: nothing private ever leaves here. */
    public JWKSet publicKeys() {
        return new JWKSet(keys.stream().<JWK>map(RSAKey::toPublicJWK).toList());
    }

    private static RSAKey generate(Clock clock) {
        try {
            return new RSAKeyGenerator(KEY_BITS)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .issueTime(Date.from(clock.instant()))
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("the JDK could not generate an RSA key", e);
        }
    }
}
